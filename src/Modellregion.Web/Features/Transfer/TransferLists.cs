using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>A catalogue entry in the back-office list; <c>MayEdit</c> when this office keeps it.</summary>
public sealed record SolutionRow(int Id, string Slug, string Title, SolutionKind Kind, string RegionName, int RegionId, bool IsPublished, int OpenCases, int PendingReuses)
{
    public bool MayEdit { get; init; }
}

/// <summary>The catalogue as the back office sees it; <c>MayCreate</c> when this person keeps a catalogue somewhere.</summary>
public sealed record SolutionList(IReadOnlyList<SolutionRow> Rows, bool MayCreate);

/// <summary>A reuse declaration; <c>MayDecide</c> when this office confirms or rejects it.</summary>
public sealed record ReuseRow(int Id, string SolutionTitle, string SolutionSlug, int RegionId, string UserName, string? Ags, DateOnly? Since, string? Note,
    string? DeclaredByName, string? DeclaredByEmail, ReuseStatus Status, string? RejectionReason, DateTime CreatedAt, int Version)
{
    public bool MayDecide { get; init; }
}

/// <summary>The oldest waiting declarations (<see cref="PendingShown"/> of <c>PendingCount</c>) and the last decided.</summary>
public sealed record ReuseList(IReadOnlyList<ReuseRow> Pending, int PendingCount, IReadOnlyList<ReuseRow> Decided)
{
    public const int PendingShown = 200;
}

public sealed record PipelineBoard(IReadOnlyList<BoardColumn> Columns);

public sealed record CaseList(Page<CaseCard> Cases);

public sealed record FailedReminderRow(int CaseId, string SolutionTitle, string MunicipalityName, DateTime InactiveSince, string SentTo, string? Error, int Attempts, DateTime LastAttemptAt);

public sealed record FailedReminderList(IReadOnlyList<FailedReminderRow> Items);

/// <summary>
/// The lists of the transfer back office, for the project offices and readers (<see cref="TransferOperations.View"/>),
/// each limited to the regions the person sees.
/// </summary>
public sealed class TransferLists(AppDbContext db, TransferCaseQueries cases, TransferGate gate)
{
    public async Task<Result<SolutionList>> SolutionsAsync(CancellationToken cancellationToken = default)
    {
        if (await RefusedAsync() is { } refusal)
        {
            return refusal;
        }

        var scopes = await gate.ScopesAsync(cancellationToken);
        var solutions = db.Solutions.AsNoTracking();
        if (TransferOperations.Regions(scopes) is { } regions)
        {
            var list = regions.ToList();
            solutions = solutions.Where(s => list.Contains(s.RegionId));
        }

        var rows = await solutions.OrderBy(s => s.IsSynthetic).ThenBy(s => s.Title).Take(500)
            .Select(s => new SolutionRow(s.Id, s.Slug, s.Title, s.Kind, s.Region!.ShortName, s.RegionId, s.IsPublished,
                db.Set<TransferCase>().Count(c => c.SolutionId == s.Id && c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled),
                s.Reuses.Count(r => r.Status == ReuseStatus.Declared)))
            .ToListAsync(cancellationToken);
        return new SolutionList([.. rows.Select(r => r with { MayEdit = TransferOperations.MayManage(scopes, r.RegionId) })], TransferOperations.MayManageAny(scopes));
    }

    public async Task<Result<PipelineBoard>> BoardAsync(bool onlyMine, CancellationToken cancellationToken = default) =>
        await RefusedAsync() ?? (Result<PipelineBoard>)new PipelineBoard(await cases.BoardAsync(onlyMine, cancellationToken));

    public async Task<Result<CaseList>> CasesAsync(CaseFilter filter, CancellationToken cancellationToken = default) =>
        await RefusedAsync() ?? (Result<CaseList>)new CaseList(await cases.ListAsync(filter, cancellationToken));

    /// <summary>Reminders about inactive cases that could not be sent, with the reason, for the office to follow up.</summary>
    public async Task<Result<FailedReminderList>> FailedRemindersAsync(CancellationToken cancellationToken = default)
    {
        if (await RefusedAsync() is { } refusal)
        {
            return refusal;
        }

        return new FailedReminderList(await TransferQueries.FailedReminders(db, await gate.ScopesAsync(cancellationToken))
            .OrderByDescending(r => r.SentAt).ThenBy(r => r.Id)
            .Select(r => new FailedReminderRow(r.TransferCaseId, r.TransferCase!.Solution!.Title, r.TransferCase.Municipality!.Name, r.InactiveSince, r.SentTo, r.Error, r.Attempts, r.SentAt))
            .ToListAsync(cancellationToken));
    }

    /// <summary>Reuse declarations to confirm and the last decided (<c>/verwaltung/transfer/nachnutzungen</c>).</summary>
    public async Task<Result<ReuseList>> ReusesAsync(CancellationToken cancellationToken = default)
    {
        if (await RefusedAsync() is { } refusal)
        {
            return refusal;
        }

        var scopes = await gate.ScopesAsync(cancellationToken);
        var reuses = db.Reuses.AsNoTracking();
        if (TransferOperations.Regions(scopes) is { } regions)
        {
            var list = regions.ToList();
            reuses = reuses.Where(r => list.Contains(r.Solution!.RegionId));
        }

        var pending = TransferQueries.PendingReuses(db, scopes);
        var count = await pending.CountAsync(cancellationToken);

        static IQueryable<ReuseRow> Rows(IQueryable<Reuse> query) => query.Select(r => new ReuseRow(r.Id, r.Solution!.Title, r.Solution.Slug, r.Solution.RegionId, r.UserName,
            r.MunicipalityAgs, r.Since, r.Note, r.DeclaredByName, r.DeclaredByEmail, r.Status, r.RejectionReason, r.CreatedAt, r.Version));
        var shown = await Rows(pending.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(ReuseList.PendingShown)).ToListAsync(cancellationToken);
        var decided = await Rows(reuses.Where(r => r.Status != ReuseStatus.Declared).OrderByDescending(r => r.UpdatedAt).Take(50)).ToListAsync(cancellationToken);
        return new ReuseList([.. shown.Select(r => r with { MayDecide = TransferOperations.MayManage(scopes, r.RegionId) })], count, decided);
    }

    private async Task<Outcome?> RefusedAsync() =>
        await gate.AllowsAsync(RegionResource.Any, TransferOperations.View) ? null : new Outcome.Forbidden();
}
