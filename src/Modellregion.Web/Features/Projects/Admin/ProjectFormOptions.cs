using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>The choices offered by the project form: regions the person may use, fields, topics, stages.</summary>
public sealed record ProjectFormOptions(
    IReadOnlyList<SelectListItem> Regions,
    IReadOnlyList<SelectListItem> Fields,
    IReadOnlyList<SelectListItem> Topics,
    bool CanManage)
{
    public static async Task<ProjectFormOptions> LoadAsync(AppDbContext db, Permissions permissions, int? currentRegionId, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var canManage = currentRegionId is null ? permissions.CanCreateProjects : permissions.IsOffice(currentRegionId.Value);
        return new ProjectFormOptions(
            [.. regions.Where(r => permissions.IsOffice(r.Id) || r.Id == currentRegionId).Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [.. (await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken)).Select(f => new SelectListItem(f.Name, f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [.. (await db.Topics.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            canManage);
    }
}
