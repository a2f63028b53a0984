using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

public sealed record CaseCard(
    int Id,
    string SolutionTitle,
    string SolutionSlug,
    string MunicipalityName,
    string MunicipalityAgs,
    TransferStage Stage,
    string? OwnerName,
    string? NextStep,
    DateOnly? NextStepDue,
    DateTime LastActivityAt,
    DateTime CreatedAt,
    bool IsInactive,
    bool IsSynthetic);

public sealed record CaseFilter(string? Stage = null, bool OnlyInactive = false, bool OnlyMine = false, string? Page = null);

public sealed record BoardColumn(TransferStage Stage, int Count, IReadOnlyList<CaseCard> Cards);

public sealed record CaseDetails(
    CaseCard Card,
    int RegionId,
    string ContactName,
    string ContactEmail,
    string? ContactPhone,
    string? ContactRole,
    string Need,
    Timeline Timeline,
    DateTime ConsentAt,
    CancelReason? CancelReason,
    string? CancelNote,
    TransferStage? CancelledFrom,
    string? OwnerId,
    IReadOnlyList<TransferCaseNote> Notes,
    IReadOnlyList<TransferCaseStep> Steps,
    int Version,
    DateTime? ContactErasedAt);

/// <summary>The transfer cases a person may see, as a board by stage, as a list, and one by one.</summary>
public sealed class TransferCaseQueries(AppDbContext db, CurrentUser currentUser, IOptions<TransferOptions> options, TimeProvider time)
{
    public const int BoardCardsPerStage = 25;
    public const int PageSize = 50;

    public DateTime InactiveBefore => time.GetUtcNow().UtcDateTime.AddDays(-options.Value.InactiveAfterDays);

    public async Task<IReadOnlyList<BoardColumn>> BoardAsync(bool onlyMine, CancellationToken cancellationToken = default)
    {
        var cases = await VisibleAsync(cancellationToken);
        if (onlyMine)
        {
            var me = currentUser.Id;
            cases = cases.Where(c => c.OwnerId == me);
        }

        var counts = await cases.GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var columns = new List<BoardColumn>();
        foreach (var (stage, _, _) in TransferStages.All)
        {
            var inStage = cases.Where(c => c.Stage == stage);
            var ordered = TransferStages.IsOpen(stage)
                ? inStage.OrderBy(c => c.LastActivityAt).ThenBy(c => c.Id)
                : inStage.OrderByDescending(c => c.LastActivityAt).ThenByDescending(c => c.Id);
            var cards = counts.GetValueOrDefault(stage) == 0 ? [] : await Cards(ordered.Take(BoardCardsPerStage)).ToListAsync(cancellationToken);
            columns.Add(new BoardColumn(stage, counts.GetValueOrDefault(stage), cards));
        }

        return columns;
    }

    public async Task<Page<CaseCard>> ListAsync(CaseFilter filter, CancellationToken cancellationToken = default)
    {
        var cases = await FilteredAsync(filter, cancellationToken);
        var total = await cases.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = int.TryParse(filter.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? Math.Min(p, pageCount) : 1;
        var items = await Cards(cases.OrderByDescending(c => c.LastActivityAt).ThenByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return new Page<CaseCard>(items, page, PageSize, total);
    }

    /// <summary>How many cases the list with this filter shows (the dashboard's counts).</summary>
    public async Task<int> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default) =>
        await (await FilteredAsync(filter, cancellationToken)).CountAsync(cancellationToken);

    private async Task<IQueryable<TransferCase>> FilteredAsync(CaseFilter filter, CancellationToken cancellationToken)
    {
        var cases = await VisibleAsync(cancellationToken);
        if (TransferStages.FromSlug(filter.Stage) is { } stage)
        {
            cases = cases.Where(c => c.Stage == stage);
        }

        if (filter.OnlyInactive)
        {
            var before = InactiveBefore;
            cases = cases.Where(c => c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled && c.LastActivityAt < before);
        }

        if (filter.OnlyMine)
        {
            var me = currentUser.Id;
            cases = cases.Where(c => c.OwnerId == me);
        }

        return cases;
    }

    public async Task<CaseDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var cases = await VisibleAsync(cancellationToken);
        var card = await Cards(cases.Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return null;
        }

        var c = await db.TransferCases.AsNoTracking().AsSplitQuery().Include(x => x.Solution).Include(x => x.Notes).Include(x => x.Steps).FirstAsync(x => x.Id == id, cancellationToken);
        return new CaseDetails(card, c.Solution!.RegionId, c.ContactName, c.ContactEmail, c.ContactPhone, c.ContactRole, c.Need, c.Timeline, c.ConsentAt,
            c.CancelReason, c.CancelNote, c.CancelledFrom, c.OwnerId,
            [.. c.Notes.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)],
            [.. c.Steps.OrderBy(s => s.At).ThenBy(s => s.Id)], c.Version, c.ContactErasedAt);
    }

    /// <summary>Whether the case exists at all (to tell 404 from 403).</summary>
    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken = default) => db.TransferCases.AnyAsync(c => c.Id == id, cancellationToken);

    private async Task<IQueryable<TransferCase>> VisibleAsync(CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var cases = db.TransferCases.AsNoTracking();
        if (TransferOperations.Regions(scopes) is { } regions)
        {
            var list = regions.ToList();
            cases = cases.Where(c => list.Contains(c.Solution!.RegionId));
        }

        return cases;
    }

    private IQueryable<CaseCard> Cards(IQueryable<TransferCase> cases)
    {
        var before = InactiveBefore;
        return cases.Select(c => new CaseCard(
            c.Id,
            c.Solution!.Title,
            c.Solution.Slug,
            c.Municipality!.Name,
            c.MunicipalityAgs,
            c.Stage,
            c.Owner != null ? c.Owner.DisplayName : null,
            c.NextStep,
            c.NextStepDue,
            c.LastActivityAt,
            c.CreatedAt,
            c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled && c.LastActivityAt < before,
            c.IsSynthetic));
    }
}
