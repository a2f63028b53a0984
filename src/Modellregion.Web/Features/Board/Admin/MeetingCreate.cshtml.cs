using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class MeetingCreateModel(AppDbContext db, ManageMeetings meetings) : BackOfficePageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public string BoardName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int boardId, CancellationToken cancellationToken) =>
        await LoadAsync(boardId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int boardId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(boardId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await meetings.CreateAsync(boardId, Input, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = "Die Sitzung wurde angelegt.";
            return Redirect($"/verwaltung/digitalboard/sitzungen/{saved.Id}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int boardId, CancellationToken cancellationToken)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return NotFound();
        }

        if (!(await PermissionsAsync()).CanManageBoard(board.RegionId))
        {
            return Forbid();
        }

        BoardName = board.Name;
        return null;
    }
}
