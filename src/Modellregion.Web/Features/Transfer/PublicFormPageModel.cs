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

    /// <summary>The form's own budget of accepted submissions ("interesse", "nachnutzung"): one form does not use up another's.</summary>
    protected abstract string FormName { get; }

    private string Client => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unbekannt";

    /// <summary>
    /// Refuses bots and floods before anything else happens; null means "go on". Every post counts towards a generous
    /// limit (<see cref="TransferOptions.AttemptLimit"/>, against floods of invalid posts); only accepted submissions
    /// count towards the form's limit (<see cref="TransferOptions.SubmissionLimit"/>), see <see cref="SubmitAsync"/>.
    /// </summary>
    protected async Task<IActionResult?> GuardAsync()
    {
        var options = Options;
        var throttle = HttpContext.RequestServices.GetRequiredService<SubmissionThrottle>();
        if (!await throttle.TryAcquireAsync("transfer-post:" + Client, options.AttemptLimit, TimeSpan.FromMinutes(options.SubmissionWindowMinutes), HttpContext.RequestAborted))
        {
            return TooMany(options);
        }

        if (!string.IsNullOrEmpty(Honeypot))
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Ihre Eingabe sieht nach einer automatisierten Übermittlung aus und wurde nicht gespeichert. Bitte lassen Sie das Feld „Website“ leer.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return null;
    }

    /// <summary>
    /// Runs a valid submission within the form's limit of accepted submissions per address: the slot is taken before
    /// saving (so parallel posts cannot exceed it) and given back when the submission is not accepted.
    /// </summary>
    protected async Task<(T Result, IActionResult? Refused)> SubmitAsync<T>(Func<Task<T>> submit, Func<T, bool> accepted)
    {
        var options = Options;
        var throttle = HttpContext.RequestServices.GetRequiredService<SubmissionThrottle>();
        var key = $"transfer-form:{FormName}:{Client}";
        if (await throttle.AcquireAsync(key, options.SubmissionLimit, TimeSpan.FromMinutes(options.SubmissionWindowMinutes), HttpContext.RequestAborted) is not { } slot)
        {
            return (default!, TooMany(options));
        }

        var result = default(T);
        try
        {
            result = await submit();
            return (result, null);
        }
        finally
        {
            if (result is null || !accepted(result))
            {
                await throttle.ReleaseAsync(slot);
            }
        }
    }

    private TransferOptions Options => HttpContext.RequestServices.GetRequiredService<IOptions<TransferOptions>>().Value;

    private PageResult TooMany(TransferOptions options)
    {
        ModelState.Clear();
        ModelState.AddModelError("", $"Von Ihrer Adresse kamen in kurzer Zeit zu viele Übermittlungen. Bitte versuchen Sie es in {options.SubmissionWindowMinutes} Minuten erneut.");
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = (options.SubmissionWindowMinutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
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
