using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class BadgesModel(RegistrationDesk desk) : BackOfficePageModel
{
    /// <summary>a6: one badge per A6 sheet; a4: eight badges (two columns) per A4 sheet.</summary>
    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public ParticipantsView View { get; private set; } = null!;

    public bool A4 => Format == "a4";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Format = string.IsNullOrEmpty(Format) ? "a6" : Format.ToLowerInvariant();
        return this.Show(await desk.ParticipantsAsync(id, onSiteOnly: true, cancellationToken), view =>
        {
            View = view;
            if (Format is "a6" or "a4")
            {
                return Page();
            }

            // An unknown paper size: say so, and show the badges for A6.
            Format = "a6";
            return this.Show(Outcome.Invalid.Of("", EventsTexts.Of("Badges.UnknownFormat")));
        });
    }
}
