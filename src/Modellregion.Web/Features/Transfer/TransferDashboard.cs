using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// What the transfer pipeline adds to the office's dashboard: new requests, cases without activity, reuse declarations
/// to confirm and reminders that could not be sent — each counted with the filter of the list it links to.
/// </summary>
public sealed class TransferDashboard(AppDbContext db, TransferCaseQueries cases) : IDashboardContribution
{
    public const string Section = "Transfer";

    public async Task<IReadOnlyList<DashboardItem>> GetItemsAsync(DashboardContext context, CancellationToken cancellationToken)
    {
        var scopes = context.Scopes;
        if (!TransferOperations.MayManageAny(scopes))
        {
            return [];
        }

        var request = TransferStages.All.First(s => s.Stage == TransferStage.Request).Slug;
        return
        [
            DashboardItem.Counted(Section, 200, await cases.CountAsync(new CaseFilter(Stage: request), cancellationToken),
                "{0} neue Anfrage", "{0} neue Anfragen", $"/verwaltung/transfer/faelle?stand={request}"),
            DashboardItem.Counted(Section, 210, await cases.CountAsync(new CaseFilter(OnlyInactive: true), cancellationToken),
                "{0} Fall ohne Aktivität", "{0} Fälle ohne Aktivität", "/verwaltung/transfer/faelle?inaktiv=true", DashboardSeverity.Warning),
            DashboardItem.Counted(Section, 220, await TransferQueries.PendingReuses(db, scopes).CountAsync(cancellationToken),
                "{0} Meldung einer Nachnutzung zu bestätigen", "{0} Meldungen von Nachnutzungen zu bestätigen", "/verwaltung/transfer/nachnutzungen"),
            DashboardItem.Counted("Erinnerungen", 410, await TransferQueries.FailedReminders(db, scopes).CountAsync(cancellationToken),
                "{0} Erinnerung zu einem Transferfall konnte nicht versandt werden", "{0} Erinnerungen zu Transferfällen konnten nicht versandt werden",
                "/verwaltung/transfer/erinnerungen", DashboardSeverity.Warning),
        ];
    }
}

/// <summary>Lists of the transfer back office that the dashboard counts: the same query for the count and the page.</summary>
public static class TransferQueries
{
    /// <summary>Reuse declarations waiting for the office's confirmation, in the regions the person sees.</summary>
    public static IQueryable<Reuse> PendingReuses(AppDbContext db, Scopes scopes) =>
        InRegions(db.Reuses.AsNoTracking(), scopes).Where(r => r.Status == ReuseStatus.Declared);

    /// <summary>
    /// Reminders that could not be sent, for cases still open and still without activity since (a case that moved on no
    /// longer needs its reminder).
    /// </summary>
    public static IQueryable<TransferReminder> FailedReminders(AppDbContext db, Scopes scopes)
    {
        var reminders = db.TransferReminders.AsNoTracking()
            .Where(r => r.Status == DeliveryStatus.Failed && r.InactiveSince == r.TransferCase!.LastActivityAt
                        && r.TransferCase.Stage != TransferStage.Reused && r.TransferCase.Stage != TransferStage.Cancelled);
        if (TransferOperations.Regions(scopes) is { } regions)
        {
            var list = regions.ToList();
            reminders = reminders.Where(r => list.Contains(r.TransferCase!.Solution!.RegionId));
        }

        return reminders;
    }

    private static IQueryable<Reuse> InRegions(IQueryable<Reuse> reuses, Scopes scopes)
    {
        if (TransferOperations.Regions(scopes) is { } regions)
        {
            var list = regions.ToList();
            reuses = reuses.Where(r => list.Contains(r.Solution!.RegionId));
        }

        return reuses;
    }
}
