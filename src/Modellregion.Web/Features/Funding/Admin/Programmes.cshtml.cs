using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class ProgrammesModel(AppDbContext db) : BackOfficePageModel
{
    public sealed record Row(int Id, string Slug, string Name, DateOnly? StartsOn, DateOnly? EndsOn, int Regions);

    public IReadOnlyList<Row> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Slug, p.Name, p.StartsOn, p.EndsOn, db.Regions.Count(r => r.ProgrammeId == p.Id)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
