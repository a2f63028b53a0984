using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

public sealed class InterestModel(AppDbContext db, SubmitInterest submit) : PublicFormPageModel
{
    [BindProperty]
    public InterestInput Input { get; set; } = new();

    public string SolutionTitle { get; private set; } = "";

    protected override string FormName => "interesse";
    public string Slug { get; private set; } = "";

    public static IReadOnlyList<SelectListItem> Timelines { get; } =
        [.. TransferStages.Timelines.Select(t => new SelectListItem(t.Label, ((int)t.Timeline).ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>
    /// The form, filled in from the link that led here: matchmaking passes the municipality (<c>kommune</c>, the label or
    /// what was typed), its key (<c>ags</c>) and the need that was typed (<c>bedarf</c>). A known key shows the
    /// municipality's label ("Höxter (Kreis Höxter, NW)") and is kept as the choice; otherwise the text stays as typed.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(
        string slug,
        [FromQuery(Name = "kommune")] string? municipality,
        [FromQuery(Name = "ags")] string? ags,
        [FromQuery(Name = "bedarf")] string? need,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var lookup = HttpContext.RequestServices.GetRequiredService<MunicipalityLookup>();
        var key = !string.IsNullOrWhiteSpace(ags) ? ags.Trim() : municipality?.Trim();
        if (key is not null && Ags.IsMunicipalityKey(key) && await lookup.GetAsync(key, cancellationToken) is { } known)
        {
            Input.Municipality = known.Label;
            Input.MunicipalityAgs = known.Ags;
        }
        else
        {
            Input.Municipality = municipality is { Length: <= 100 } ? municipality.Trim() : null;
        }

        Input.Need = need is { Length: > 0 and <= InterestLimits.NeedLength } ? need.Trim() : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (await GuardAsync() is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            await LoadCandidatesAsync(Input.Municipality, Input.MunicipalityAgs);
            if (!Input.Consent)
            {
                ModelState.AddModelError("Input.Consent", "Bitte stimmen Sie den Datenschutzhinweisen zu; ohne Ihre Zustimmung können wir die Anfrage nicht speichern.");
            }

            return this.Invalid();
        }

        var (result, refusedByLimit) = await SubmitAsync(() => submit.RunAsync(slug, Input, TransferFeature.SiteUrl(Request), cancellationToken), r => r.Outcome is Outcome.Saved);
        if (refusedByLimit is not null)
        {
            return refusedByLimit;
        }

        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = TransferTexts.Of("Interest.ThankYouYourExpressionOfInterest", SubmitInterest.CaseNumber(saved.Id)).Stored;
            return Redirect($"/loesungen/{slug}");
        }

        Candidates = result.Candidates;
        return this.Show(result.Outcome);
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var solution = await db.Solutions.AsNoTracking().Where(s => s.Slug == slug && s.IsPublished).Select(s => new { s.Title, s.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (solution is null)
        {
            return false;
        }

        (SolutionTitle, Slug) = (solution.Title, solution.Slug);
        return true;
    }
}
