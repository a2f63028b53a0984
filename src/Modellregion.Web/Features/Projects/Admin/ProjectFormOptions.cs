using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>The choices offered by the project form: regions the person may use, fields, topics, stages.</summary>
public sealed record ProjectFormOptions(
    IReadOnlyList<SelectListItem> Regions,
    IReadOnlyList<SelectListItem> Fields,
    IReadOnlyList<SelectListItem> Topics,
    bool CanManage)
{
    /// <param name="mayUse">Whether the person may put projects in a region (besides the project's current one).</param>
    /// <param name="canManage">Whether the person decides region and publication.</param>
    public static async Task<ProjectFormOptions> LoadAsync(AppDbContext db, Func<int, bool> mayUse, bool canManage, int? currentRegionId, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return new ProjectFormOptions(
            [.. regions.Where(r => mayUse(r.Id) || r.Id == currentRegionId).Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [.. (await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken)).Select(f => new SelectListItem(f.Name, f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [.. (await db.Topics.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            canManage);
    }
}
