using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// An event's page with its registration form. Spam protection without a CAPTCHA: a hidden field bots fill in and
/// a limit of registrations per client address (<see cref="EventsOptions"/>), counted only for accepted ones.
/// </summary>
public sealed class DetailsModel(EventQueries events, Register register, AppDbContext db, SubmissionThrottle throttle, SiteAddress site, IOptions<EventsOptions> options) : PageModel
{
    /// <summary>Days after the event after which registrations are erased (said next to the form).</summary>
    public int RetentionDays => options.Value.RetentionDays;

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    [BindProperty(Name = "website")]
    public string? Honeypot { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public EventDetails Details { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var limits = options.Value;
        var client = "events:" + (HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unbekannt");
        var window = TimeSpan.FromMinutes(limits.SubmissionWindowMinutes);
        var slot = default(SubmissionSlot);
        if (!await throttle.TryAcquireAsync(client + ":post", limits.AttemptLimit, window, cancellationToken)
            || (slot = await throttle.AcquireAsync(client, limits.SubmissionLimit, window, cancellationToken)) is null)
        {
            ModelState.Clear();
            ModelState.AddModelError("", EventsTexts.Of("Register.TooMany", limits.SubmissionWindowMinutes).Localize(HttpContext.RequestServices));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = (limits.SubmissionWindowMinutes * 60).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        var accepted = false;
        try
        {
            if (!string.IsNullOrEmpty(Honeypot))
            {
                ModelState.Clear();
                ModelState.AddModelError("", EventsTexts.Of("Register.LooksAutomated").Localize(HttpContext.RequestServices));
                return this.Invalid();
            }

            if (!ModelState.IsValid)
            {
                return this.Invalid();
            }

            var (outcome, _) = await register.RunAsync(slug, Input, site.For(Request), cancellationToken);
            if (outcome is Outcome.Saved)
            {
                accepted = true;
                Notice = EventsTexts.Of("Register.CheckYourMail", Input.Email!.Trim()).Stored;
                return Redirect($"/veranstaltungen/{slug}#anmeldung");
            }

            return this.Show(outcome);
        }
        finally
        {
            if (!accepted)
            {
                await throttle.ReleaseAsync(slot);
            }
        }
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await events.DetailsAsync(slug, cancellationToken) is not { } details)
        {
            return false;
        }

        Details = details;
        if (details.RegistrationOpen)
        {
            var organisations = await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic && (!o.IsExample || details.Event.IsExample))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).Take(2000).ToListAsync(cancellationToken);
            Organisations = [.. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture)))];
        }

        return true;
    }
}
