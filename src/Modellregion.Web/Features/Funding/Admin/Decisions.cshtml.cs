using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

// Above the file limit (20 MB), so an oversized PDF gets the store's message instead of the server's bare 400.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class DecisionsModel(RecordGrantDecision record) : ProjectFundingPageModel
{
    protected override string Tab => "bescheide";

    [BindProperty]
    public GrantDecisionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "a")]
    public int? CompareFrom { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public int? CompareTo { get; set; }

    public IReadOnlyList<GrantDecision> Decisions { get; private set; } = [];
    public IReadOnlyList<GrantDecisionDiff.Row>? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var current = Project.DecisionInForce;
        Input = new GrantDecisionInput
        {
            Version = Project.Version,
            MaxAmount = current?.MaxAmount ?? Project.Plan.RequestedGrant,
            PeriodStart = current?.PeriodStart,
            PeriodEnd = current?.PeriodEnd,
            FundingRatePercent = current?.FundingRatePercent ?? Project.Plan.RatePercent,
            FileNumber = current?.FileNumber,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if ((await LoadAsync(id) ?? Unless(CanManage)) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await record.RunAsync(id, Input, HttpContext.RequestAborted);
        if (outcome is Outcome.Saved)
        {
            Notice = Decisions.Count == 0 ? FundingTexts.Of("Admin.Decisions.TheGrantNoticeHasBeenRecorded").Stored : FundingTexts.Of("Admin.Decisions.TheAmendingNoticeHasBeenRecorded").Stored;
            return Redirect($"/verwaltung/projekte/{id}/bescheide");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadProjectAsync(id, q => q.Include(p => p.GrantDecisions).ThenInclude(g => g.Document)) is { } denied)
        {
            return denied;
        }

        Decisions = [.. Project.GrantDecisions.OrderByDescending(g => g.Sequence)];
        if (CompareFrom is { } a && CompareTo is { } b
            && Decisions.FirstOrDefault(d => d.Sequence == a) is { } from && Decisions.FirstOrDefault(d => d.Sequence == b) is { } to)
        {
            Comparison = GrantDecisionDiff.Compare(from, to);
        }

        return null;
    }
}
