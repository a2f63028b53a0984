using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed record ManagedBoard(int Id, string Slug, string Name, BoardKind Kind, string RegionName, IReadOnlyList<MeetingCard> Meetings, IReadOnlyList<PaperCard> Papers);

public sealed class IndexModel(AppDbContext db, BoardQueries queries, ManageBoards manageBoards) : BackOfficePageModel
{
    public IReadOnlyList<ManagedBoard> Boards { get; private set; } = [];

    public WorkingGroupInput Group { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostWorkingGroupAsync(int boardId, [Bind(Prefix = "Group")] WorkingGroupInput group, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Group = group;
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await manageBoards.CreateWorkingGroupAsync(boardId, group, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Arbeitsgruppe wurde angelegt.";
            return Redirect("/verwaltung/digitalboard");
        }

        return this.Show(outcome, "Group");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
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
            list.Add(new ManagedBoard(board.Id, board.Slug, board.Name, board.Kind, board.Region!.Name,
                await queries.MeetingsOfBoardsAsync([board.Id], cancellationToken), await queries.PapersOfBoardsAsync([board.Id], cancellationToken)));
        }

        Boards = list;
        return null;
    }
}
