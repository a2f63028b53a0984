using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Board.Admin;

public sealed record ManagedBoard(int Id, string Slug, string Name, string RegionName, IReadOnlyList<MeetingCard> Meetings, IReadOnlyList<PaperCard> Papers);

public sealed class IndexModel(AppDbContext db, BoardQueries queries) : BackOfficePageModel
{
    public IReadOnlyList<ManagedBoard> Boards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanManageAnyBoard)
        {
            return Forbid();
        }

        var boards = (await db.Boards.AsNoTracking().Include(b => b.Region).Where(b => b.DeletedAt == null && !b.IsSynthetic).OrderBy(b => b.Id).ToListAsync(cancellationToken))
            .Where(b => permissions.CanManageBoard(b.RegionId)).ToList();
        var list = new List<ManagedBoard>();
        foreach (var board in boards)
        {
            list.Add(new ManagedBoard(board.Id, board.Slug, board.Name, board.Region!.Name,
                await queries.MeetingsOfBoardsAsync([board.Id], cancellationToken), await queries.PapersOfBoardsAsync([board.Id], cancellationToken)));
        }

        Boards = list;
        return Page();
    }
}
