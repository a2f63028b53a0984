using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The personal link: one's registration with its state, the ticket (QR code and short code), the stream for
/// confirmed online places, changing the details, taking an offered place and cancelling. An unknown, tampered or
/// expired link answers 404.
/// </summary>
public sealed class RegistrationModel(ManageRegistration manage, SiteAddress site, AppDbContext db) : PageModel
{
    public OwnRegistration Own { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ChangeRegistrationInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string token, CancellationToken cancellationToken)
    {
        if (await manage.FindAsync(slug, token, cancellationToken) is not { } own)
        {
            return NotFound();
        }

        await ShowAsync(own, fromForm: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, string token, CancellationToken cancellationToken) =>
        await AfterAsync(await manage.CancelAsync(slug, token, Version, cancellationToken), slug, token, "Manage.Cancelled", fromForm: false, cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(string slug, string token, CancellationToken cancellationToken) =>
        await AfterAsync(await manage.AcceptOfferAsync(slug, token, site.For(Request), cancellationToken), slug, token, "Manage.Accepted", fromForm: false, cancellationToken);

    public async Task<IActionResult> OnPostChangeAsync(string slug, string token, CancellationToken cancellationToken)
    {
        // Only the change form's own fields count here (the cancel form's version is not part of it).
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        return await AfterAsync(await manage.ChangeAsync(slug, token, Input, ModelState.IsValid, cancellationToken), slug, token, "Manage.Changed", fromForm: true, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Outcome outcome, string slug, string token, string notice, bool fromForm, CancellationToken cancellationToken)
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

        await ShowAsync(own, fromForm, cancellationToken);
        return this.Show(outcome);
    }

    private async Task ShowAsync(OwnRegistration own, bool fromForm, CancellationToken cancellationToken)
    {
        Own = own;
        // The change form shows what was typed (with the version it was loaded with) after a refusal.
        if (!fromForm)
        {
            Input = own.Details;
        }

        if (own.Changeable)
        {
            var organisations = await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic && (!o.IsExample || own.ExampleEvent))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).Take(2000).ToListAsync(cancellationToken);
            Organisations = [.. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture)))];
        }
    }
}
