using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Board.Admin;

public sealed record PaperFormOptions(IReadOnlyList<SelectListItem> Organisations, IReadOnlyList<SelectListItem> Projects, IReadOnlyList<SelectListItem> Solutions)
{
    /// <summary>The choices; solutions only where the transfer catalogue is part of the installation.</summary>
    public static async Task<PaperFormOptions> LoadAsync(AppDbContext db, ISolutionReferences? solutions, int regionId, CancellationToken cancellationToken) => new(
        await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic && (o.RegionId == regionId || o.RegionId == null)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken),
        await db.Projects.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken),
        solutions is null ? [] : [.. (await solutions.ChoicesAsync(regionId, cancellationToken))
            .Select(s => new SelectListItem(s.Title, s.Id.ToString(CultureInfo.InvariantCulture)))]);
}
