using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The confirmation link from the mail. Opening it changes nothing (mail programs open links to check them); the
/// person confirms with the button, and then learns whether there was a place or the waitlist.
/// </summary>
public sealed class ConfirmModel(ConfirmRegistration confirm, EventQueries events, SiteAddress site) : PageModel
{
    public string EventTitle { get; private set; } = "";

    public RegistrationStatus? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string token, CancellationToken cancellationToken) =>
        EventTokens.Hash(token) is not null && await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var (outcome, status) = await confirm.RunAsync(slug, token, site.For(Request), cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Result = status;
            return Page();
        }

        return this.Show(outcome);
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var details = await events.DetailsAsync(slug, cancellationToken);
        EventTitle = details?.Event.Title ?? "";
        return details is not null;
    }
}
