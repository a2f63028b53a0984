using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class ReusesModel(TransferLists backOffice, DeclareReuse decide) : BackOfficePageModel
{
    public IReadOnlyList<ReuseRow> Pending { get; private set; } = [];

    /// <summary>All declarations waiting (the list shows the oldest <see cref="PendingShown"/>).</summary>
    public int PendingCount { get; private set; }

    public const int PendingShown = ReuseList.PendingShown;
    public IReadOnlyList<ReuseRow> Decided { get; private set; } = [];

    [BindProperty] public string? RejectionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await backOffice.ReusesAsync(cancellationToken), list =>
        {
            Apply(list);
            return Page();
        });

    public async Task<IActionResult> OnPostConfirmAsync(int id, int version, CancellationToken cancellationToken) =>
        Done(await decide.ConfirmAsync(id, version, cancellationToken), TransferTexts.Of("Admin.Reuses.TheReuseHasBeenConfirmedAnd").Stored);

    public async Task<IActionResult> OnPostRejectAsync(int id, int version, CancellationToken cancellationToken) =>
        Done(await decide.RejectAsync(id, version, RejectionReason, cancellationToken), TransferTexts.Of("Admin.Reuses.TheReportHasBeenRejected").Stored);

    private IActionResult Done(FormOutcome<ReuseList> result, string notice)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect("/verwaltung/transfer/nachnutzungen");
        }

        if (result.Form is { } list)
        {
            Apply(list);
        }

        return this.Show(result.Outcome, prefix: "");
    }

    private void Apply(ReuseList list) => (Pending, PendingCount, Decided) = (list.Pending, list.PendingCount, list.Decided);
}
