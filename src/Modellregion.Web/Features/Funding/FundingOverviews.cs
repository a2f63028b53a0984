using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>The programme's money for the finance page: the region filter and the figures of the regions in it.</summary>
public sealed record FinancesView(RegionScope Scope, ProgrammeMoney Money);

/// <summary>
/// The deadlines page: the region filter, the open deadlines by urgency, the selection from the address and whether
/// the person follows up failed reminders.
/// </summary>
public sealed record DeadlinesView(
    RegionScope Scope,
    DeadlineBoard Board,
    DeadlineFilter Filter,
    bool UnknownFilter,
    IReadOnlyList<Deadline> Filtered,
    string? ProjectTitle,
    bool SeesReminderFailures);

/// <summary>The failed reminders of open deadlines the person follows up.</summary>
public sealed record FailedRemindersView(IReadOnlyList<FailedReminder> Items);

/// <summary>
/// The programme-wide funding pages (all fund requests, all proofs, finances, deadlines, failed reminders): each one
/// passes its gate (<see cref="FundingOperations"/> on <see cref="RegionResource.Any"/>) and then shows what the person's
/// scopes cover.
/// </summary>
public sealed class FundingOverviews(AppDbContext db, CurrentUser currentUser, Projects.ProjectAccess access, FundingLists lists, MoneyOverview money, Deadlines deadlines, ReminderFailures failures)
{
    public async Task<Result<Page<FundRequestRow>>> RequestsAsync(FundingListFilter filter, int page, CancellationToken cancellationToken = default) =>
        await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewLists)
            ? await lists.RequestPageAsync(await currentUser.ScopesAsync(cancellationToken), filter, page, cancellationToken)
            : new Outcome.Forbidden();

    public async Task<Result<Page<ProofRow>>> ProofsAsync(FundingListFilter filter, int page, CancellationToken cancellationToken = default) =>
        await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewLists)
            ? await lists.ProofPageAsync(await currentUser.ScopesAsync(cancellationToken), filter, page, cancellationToken)
            : new Outcome.Forbidden();

    /// <param name="region">The slug of the region to narrow to, if any.</param>
    public async Task<Result<FinancesView>> FinancesAsync(string? region, CancellationToken cancellationToken = default)
    {
        if (!await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewFigures))
        {
            return new Outcome.Forbidden();
        }

        var scope = await RegionScope.ResolveAsync(db, FundingOperations.Regions(await currentUser.ScopesAsync(cancellationToken)), region, cancellationToken);
        return new FinancesView(scope, await money.ProgrammeAsync(scope.RegionIds, db.Today, cancellationToken));
    }

    /// <param name="region">The slug of the region to narrow to, if any.</param>
    /// <param name="kind">The selection from the address (see <see cref="DeadlineFilter.Parse"/>).</param>
    public async Task<Result<DeadlinesView>> DeadlinesAsync(string? region, string? kind, string? state, string? days, string? project, CancellationToken cancellationToken = default)
    {
        if (!await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewDeadlines))
        {
            return new Outcome.Forbidden();
        }

        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var scope = await RegionScope.ResolveAsync(db, FundingOperations.Regions(scopes), region, cancellationToken);
        var today = db.Today;
        IEnumerable<Deadline> visible = await deadlines.VisibleAsync(scopes, today, cancellationToken);
        if (scope.Selected is not null && scope.RegionIds is { } selected)
        {
            visible = visible.Where(d => selected.Contains(d.RegionId));
        }

        var (filter, unknown) = DeadlineFilter.Parse(kind, state, days, project);
        IReadOnlyList<Deadline> filtered = [];
        string? projectTitle = null;
        if (!filter.IsEmpty)
        {
            filtered = filter.Apply(visible, today);
            if (filter.ProjectId is { } id)
            {
                projectTitle = (filtered.Count > 0 ? filtered[0].ProjectTitle : null)
                    ?? await scopes.Visible(db.Projects.AsNoTracking()).Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
            }
        }

        var board = FundingOperations.Regions(scopes) is null
            ? await deadlines.BoardOfAllRegionsCachedAsync(scope.Selected is not null ? scope.RegionIds : null, today, cancellationToken)
            : DeadlineBoard.From(visible, today);
        return new DeadlinesView(scope, board, filter, unknown, filtered, projectTitle,
            await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewReminderFailures));
    }

    public async Task<Result<FailedRemindersView>> FailedRemindersAsync(CancellationToken cancellationToken = default) =>
        await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewReminderFailures)
            ? new FailedRemindersView(await failures.ListAsync(await currentUser.ScopesAsync(cancellationToken), db.Today, cancellationToken))
            : new Outcome.Forbidden();
}
