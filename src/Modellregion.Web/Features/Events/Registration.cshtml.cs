using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The personal link: one's registration with its state, the ticket code, the stream for confirmed online places,
/// taking an offered place and cancelling. An unknown, tampered or expired link answers 404.
/// </summary>
public sealed class RegistrationModel(ManageRegistration manage, SiteAddress site) : PageModel
{
    public OwnRegistration Own { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string token, CancellationToken cancellationToken)
    {
        if (await manage.FindAsync(slug, token, cancellationToken) is not { } own)
        {
            return NotFound();
        }

        Own = own;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, string token, CancellationToken cancellationToken) =>
        await AfterAsync(await manage.CancelAsync(slug, token, Version, cancellationToken), slug, token, "Manage.Cancelled", cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(string slug, string token, CancellationToken cancellationToken) =>
        await AfterAsync(await manage.AcceptOfferAsync(slug, token, site.For(Request), cancellationToken), slug, token, "Manage.Accepted", cancellationToken);

    private async Task<IActionResult> AfterAsync(Outcome outcome, string slug, string token, string notice, CancellationToken cancellationToken)
    {
        if (outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of(notice).Stored;
            return Redirect($"/veranstaltungen/{slug}/anmeldung/{token}");
        }

        if (outcome is Outcome.NotFound || await manage.FindAsync(slug, token, cancellationToken) is not { } own)
        {
            return NotFound();
        }

        Own = own;
        return this.Show(outcome);
    }
}
