using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class ProofListModel(Proofs proofs) : ProjectFundingPageModel
{
    protected override string Tab => "nachweise";

    public IReadOnlyList<DueProof> Due { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostStartAsync(int id, ProofKind kind, int? budgetYear)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var outcome = await proofs.StartAsync(id, kind, budgetYear, HttpContext.RequestAborted);
        return outcome is Outcome.Saved saved ? Redirect($"/verwaltung/projekte/{id}/nachweise/{saved.Id}") : this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadProjectAsync(id) is { } denied)
        {
            return denied;
        }

        var existing = await Db.Proofs.AsNoTracking().Where(p => p.ProjectId == id).ToListAsync(HttpContext.RequestAborted);
        Due = Proofs.Due(Project, existing, Project.Programme?.Rules ?? new FundingRules());
        Today = Formatting.BerlinDate(Db.UtcNow);
        return null;
    }
}
