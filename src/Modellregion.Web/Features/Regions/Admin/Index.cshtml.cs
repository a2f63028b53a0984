using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Regions.Admin;

public sealed class IndexModel(AppDbContext db) : BackOfficePageModel
{
    public sealed record Row(int Id, string Slug, string Name, string Programme, string? Lead, string? Board, bool IsExample);

    public IReadOnlyList<Row> Regions { get; private set; } = [];
    public bool HasProgrammes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        HasProgrammes = await db.Programmes.AnyAsync(cancellationToken);
        Regions = await db.Regions.AsNoTracking().Where(r => !r.IsSynthetic).OrderBy(r => r.Name)
            .Select(r => new Row(r.Id, r.Slug, r.Name, r.Programme!.Name, r.LeadOrganisation != null ? r.LeadOrganisation.Name : null,
                db.Boards.Where(b => b.RegionId == r.Id && b.Kind == Board.BoardKind.Board && b.DeletedAt == null).Select(b => b.Name).FirstOrDefault(),
                r.IsExample))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
