using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class BoardsModel(AppDbContext db, ManageBoards manage) : BackOfficePageModel
{
    public sealed record Row(int Id, string Slug, string Name, BoardKind Kind, string Region);

    [BindProperty]
    public BoardInput Input { get; set; } = new();

    public IReadOnlyList<Row> Boards { get; private set; } = [];

    /// <summary>Regions without a Digitalboard yet.</summary>
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "region")] string? region, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Input.RegionId = region is null ? null : await db.Regions.Where(r => r.Slug == region).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!CanCreate)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await manage.CreateBoardAsync(Input, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = "Das Digitalboard wurde angelegt. Mitglieder und Sitzungen pflegt das Projektbüro der Region.";
            return Redirect($"/verwaltung/digitalboard/gremien/{saved.Id}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanManageAnyBoard)
        {
            return Forbid();
        }

        CanCreate = permissions.IsAdministrator;
        var boards = await db.Boards.AsNoTracking().Where(b => b.DeletedAt == null && !b.IsSynthetic)
            .OrderBy(b => b.Region!.Name).ThenBy(b => b.Kind).ThenBy(b => b.Name)
            .Select(b => new { Row = new Row(b.Id, b.Slug, b.Name, b.Kind, b.Region!.Name), b.RegionId })
            .ToListAsync(cancellationToken);
        Boards = [.. boards.Where(b => permissions.CanManageBoard(b.RegionId)).Select(b => b.Row)];
        var regions = await db.Regions.AsNoTracking()
            .Where(r => !r.IsSynthetic && !db.Set<Board>().Any(b => b.RegionId == r.Id && b.Kind == BoardKind.Board && b.DeletedAt == null))
            .OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        Regions = [.. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))];
        return null;
    }
}
