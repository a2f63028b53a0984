using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed record ManagedBoard(int Id, string Slug, string Name, BoardKind Kind, string RegionName, IReadOnlyList<MeetingCard> Meetings, IReadOnlyList<PaperCard> Papers);

/// <summary>The boards someone keeps (<c>/verwaltung/digitalboard</c>).</summary>
public sealed record ManagedBoards(IReadOnlyList<ManagedBoard> Boards);

public sealed record BoardRow(int Id, string Slug, string Name, BoardKind Kind, string Region);

/// <summary>
/// The boards someone keeps, the regions still without a Digitalboard, whether this person may set one up
/// (<see cref="BoardOperations.Create"/>) and the region chosen in advance.
/// </summary>
public sealed record BoardList(IReadOnlyList<BoardRow> Boards, IReadOnlyList<SelectListItem> Regions, bool MayCreate, int? RegionId);

/// <summary>The back office's lists of boards: for whoever keeps a board somewhere (<see cref="BoardOperations.Manage"/>).</summary>
public sealed class BoardLists(AppDbContext db, BoardQueries queries, BoardGate gate)
{
    /// <summary>The boards this person keeps, each with its meetings and papers (<c>/verwaltung/digitalboard</c>).</summary>
    public async Task<Result<ManagedBoards>> ManagedAsync(CancellationToken cancellationToken = default) =>
        await gate.AllowsAsync(RegionResource.Any, BoardOperations.Manage) ? await ManagedBoardsAsync(cancellationToken) : new Outcome.Forbidden();

    /// <summary>The list of boards and the set-up form (<c>/verwaltung/digitalboard/gremien</c>).</summary>
    public async Task<Result<BoardList>> OpenAsync(string? regionSlug, CancellationToken cancellationToken = default)
    {
        if (!await gate.AllowsAsync(RegionResource.Any, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var regionId = regionSlug is null ? null : await db.Regions.Where(r => r.Slug == regionSlug).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return await BoardListAsync(regionId, cancellationToken);
    }

    internal async Task<ManagedBoards> ManagedBoardsAsync(CancellationToken cancellationToken)
    {
        var scopes = await gate.ScopesAsync(cancellationToken);
        var boards = (await db.Boards.AsNoTracking().Include(b => b.Region).Where(b => b.DeletedAt == null && !b.IsSynthetic).OrderBy(b => b.Id).ToListAsync(cancellationToken))
            .Where(b => BoardOperations.MayManage(scopes, b.RegionId)).ToList();
        var list = new List<ManagedBoard>();
        foreach (var board in boards)
        {
            list.Add(new ManagedBoard(board.Id, board.Slug, board.Name, board.Kind, board.Region!.Name,
                await queries.MeetingsOfBoardsAsync([board.Id], cancellationToken), await queries.PapersOfBoardsAsync([board.Id], cancellationToken)));
        }

        return new ManagedBoards(list);
    }

    internal async Task<BoardList> BoardListAsync(int? regionId, CancellationToken cancellationToken)
    {
        var scopes = await gate.ScopesAsync(cancellationToken);
        var boards = await db.Boards.AsNoTracking().Where(b => b.DeletedAt == null && !b.IsSynthetic)
            .OrderBy(b => b.Region!.Name).ThenBy(b => b.Kind).ThenBy(b => b.Name)
            .Select(b => new { Row = new BoardRow(b.Id, b.Slug, b.Name, b.Kind, b.Region!.Name), b.RegionId })
            .ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking()
            .Where(r => !r.IsSynthetic && !db.Set<Board>().Any(b => b.RegionId == r.Id && b.Kind == BoardKind.Board && b.DeletedAt == null))
            .OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return new BoardList(
            [.. boards.Where(b => BoardOperations.MayManage(scopes, b.RegionId)).Select(b => b.Row)],
            [.. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))],
            await gate.AllowsAsync(BoardOperations.Create),
            regionId);
    }
}
