using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Board.Admin;

public sealed record PaperFormOptions(IReadOnlyList<SelectListItem> Organisations, IReadOnlyList<SelectListItem> Projects, IReadOnlyList<SelectListItem> Solutions)
{
    public static async Task<PaperFormOptions> LoadAsync(AppDbContext db, int regionId, CancellationToken cancellationToken) => new(
        await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic && (o.RegionId == regionId || o.RegionId == null)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken),
        await db.Projects.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken),
        // A board also deals with solutions of other regions it considers adopting: all of the catalogue, its own region first.
        await db.Solutions.AsNoTracking().Where(s => !s.IsSynthetic).OrderBy(s => s.RegionId == regionId ? 0 : 1).ThenBy(s => s.Title)
            .Select(s => new SelectListItem(s.Title, s.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken));
}
