using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class PaperCreateModel(AppDbContext db, ManagePapers papers) : BackOfficePageModel
{
    [BindProperty]
    public PaperInput Input { get; set; } = new() { Date = DateOnly.FromDateTime(DateTime.UtcNow) };

    public PaperFormOptions Options { get; private set; } = null!;

    public string BoardName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int boardId, CancellationToken cancellationToken) => await LoadAsync(boardId, cancellationToken) ?? Page();

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

        var outcome = await papers.CreateAsync(boardId, Input, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = "Die Vorlage wurde angelegt. Laden Sie jetzt die Dateien hoch.";
            return Redirect($"/verwaltung/digitalboard/vorlagen/{saved.Id}");
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

        Options = await PaperFormOptions.LoadAsync(db, board.RegionId, cancellationToken);
        BoardName = board.Name;
        return null;
    }
}
