using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

public sealed class DeclareReuseModel(AppDbContext db, DeclareReuse declare) : PublicFormPageModel
{
    [BindProperty]
    public ReuseInput Input { get; set; } = new();

    public string SolutionTitle { get; private set; } = "";

    protected override string FormName => "nachnutzung";
    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

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
                ModelState.AddModelError("Input.Consent", "Bitte stimmen Sie den Datenschutzhinweisen zu; ohne Ihre Zustimmung können wir die Meldung nicht speichern.");
            }

            return this.Invalid();
        }

        var (result, refusedByLimit) = await SubmitAsync(() => declare.DeclareAsync(slug, Input, cancellationToken), r => r.Outcome is Outcome.Saved);
        if (refusedByLimit is not null)
        {
            return refusedByLimit;
        }

        if (result.Outcome is Outcome.Saved)
        {
            Notice = TransferTexts.Of("DeclareReuse.ThankYouYourReportHasBeen").Stored;
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
