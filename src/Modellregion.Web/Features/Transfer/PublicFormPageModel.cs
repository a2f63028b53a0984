using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// Base of the public transfer forms (interest, reuse declaration): spam protection without a CAPTCHA. A honeypot
/// field that people do not see (bots fill it in) and a limit of submissions per client address.
/// </summary>
public abstract class PublicFormPageModel : PageModel
{
    public const string HoneypotName = "website";

    /// <summary>Hidden from people (off screen, not focusable); a filled-in value means a bot.</summary>
    [BindProperty(Name = HoneypotName)]
    public string? Honeypot { get; set; }

    /// <summary>The municipalities to choose from when the name was ambiguous.</summary>
    public IReadOnlyList<MunicipalityInfo> Candidates { get; protected set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Refuses bots and floods before anything else happens; null means "go on".</summary>
    protected IActionResult? Guard()
    {
        if (!string.IsNullOrEmpty(Honeypot))
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Ihre Eingabe sieht nach einer automatisierten Übermittlung aus und wurde nicht gespeichert. Bitte lassen Sie das Feld „Website“ leer.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var options = HttpContext.RequestServices.GetRequiredService<IOptions<TransferOptions>>().Value;
        var throttle = HttpContext.RequestServices.GetRequiredService<SubmissionThrottle>();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unbekannt";
        if (!throttle.TryAcquire("transfer-form:" + client, options.SubmissionLimit, TimeSpan.FromMinutes(options.SubmissionWindowMinutes)))
        {
            ModelState.Clear();
            ModelState.AddModelError("", $"Von Ihrer Adresse kamen in kurzer Zeit zu viele Übermittlungen. Bitte versuchen Sie es in {options.SubmissionWindowMinutes} Minuten erneut.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = (options.SubmissionWindowMinutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        return null;
    }

    /// <summary>When the form itself is invalid, the municipality is still looked up so that candidates can be offered.</summary>
    protected async Task LoadCandidatesAsync(string? text, string? chosenAgs)
    {
        var lookup = HttpContext.RequestServices.GetRequiredService<MunicipalityLookup>();
        if (await lookup.ResolveAsync(text, chosenAgs, HttpContext.RequestAborted) is MunicipalityMatch.Ambiguous ambiguous)
        {
            Candidates = ambiguous.Candidates;
        }
    }
}
