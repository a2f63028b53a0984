using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class BoardEditModel(AppDbContext db, ManageBoards manage) : BackOfficePageModel
{
    [BindProperty]
    public BoardInput Input { get; set; } = new();

    public int BoardId { get; private set; }
    public string BoardName { get; private set; } = "";
    public string BoardSlug { get; private set; } = "";
    public string RegionName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = BoardInput.From(await db.Boards.AsNoTracking().FirstAsync(b => b.Id == id, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await manage.UpdateBoardAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Das Gremium wurde gespeichert.";
            return Redirect($"/verwaltung/digitalboard/gremien/{id}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var board = await db.Boards.AsNoTracking().Where(b => b.Id == id && b.DeletedAt == null)
            .Select(b => new { b.Id, b.Name, b.Slug, b.RegionId, Region = b.Region!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (board is null)
        {
            return NotFound();
        }

        if (!(await PermissionsAsync()).CanManageBoard(board.RegionId))
        {
            return Forbid();
        }

        (BoardId, BoardName, BoardSlug, RegionName) = (board.Id, board.Name, board.Slug, board.Region);
        return null;
    }
}
