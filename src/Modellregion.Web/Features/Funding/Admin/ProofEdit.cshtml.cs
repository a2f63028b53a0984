using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

// Above the file limit (20 MB), so an oversized PDF gets the store's message instead of the server's bare 400.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class ProofEditModel(Proofs proofs) : ProjectFundingPageModel
{
    protected override string Tab => "nachweise";

    [BindProperty]
    public ProofInput Input { get; set; } = new();

    public Proof Proof { get; private set; } = null!;
    public decimal Tolerance { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int proofId)
    {
        if (await LoadAsync(id, proofId) is { } denied)
        {
            return denied;
        }

        Input = new ProofInput { NarrativeReport = Proof.NarrativeReport, Actual = [.. Proof.Lines.Select(l => (decimal?)l.Actual)], Version = Proof.Version };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, int proofId) => SaveAsync(id, proofId, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int id, int proofId) => SaveAsync(id, proofId, submit: true);

    public async Task<IActionResult> OnPostReviewAsync(int id, int proofId, bool accept, string? reviewNote, int version)
    {
        if ((await LoadAsync(id, proofId) ?? Unless(CanManage)) is { } denied)
        {
            return denied;
        }

        var outcome = await proofs.ReviewAsync(id, proofId, accept, reviewNote, version, HttpContext.RequestAborted);
        if (outcome is Outcome.Saved)
        {
            Notice = accept ? FundingTexts.Of("Admin.ProofEdit.TheProofHasBeenAccepted").Stored : FundingTexts.Of("Admin.ProofEdit.TheProofHasBeenReturned").Stored;
            return Redirect($"/verwaltung/projekte/{id}/nachweise/{proofId}");
        }

        Input = new ProofInput { NarrativeReport = Proof.NarrativeReport, Actual = [.. Proof.Lines.Select(l => (decimal?)l.Actual)], Version = Proof.Version };
        return this.Show(outcome, prefix: "");
    }

    private async Task<IActionResult> SaveAsync(int id, int proofId, bool submit)
    {
        if ((await LoadAsync(id, proofId) ?? Unless(CanAct)) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await proofs.SaveAsync(id, proofId, Input, submit, HttpContext.RequestAborted);
        if (outcome is Outcome.Saved)
        {
            Notice = submit ? FundingTexts.Of("Admin.ProofEdit.TheProofHasBeenSubmitted").Stored : FundingTexts.Of("Admin.ProofEdit.TheProofHasBeenSaved").Stored;
            return Redirect($"/verwaltung/projekte/{id}/nachweise/{proofId}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, int proofId)
    {
        if (await LoadProjectAsync(id) is { } denied)
        {
            return denied;
        }

        var proof = await Db.Proofs.AsNoTracking().Include(p => p.Attachments).ThenInclude(a => a.File)
            .FirstOrDefaultAsync(p => p.Id == proofId && p.ProjectId == id, HttpContext.RequestAborted);
        if (proof is null)
        {
            return NotFound();
        }

        Proof = proof;
        Tolerance = (Project.Programme?.Rules ?? new FundingRules()).PlanLineTolerancePercent;
        return null;
    }
}
