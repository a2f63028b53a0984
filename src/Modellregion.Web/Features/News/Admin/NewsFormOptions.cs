using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.News.Admin;

public sealed record NewsFormOptions(IReadOnlyList<SelectListItem> Regions, IReadOnlyList<SelectListItem> Projects)
{
    /// <summary>The regions <paramref name="mayWriteIn"/> allows, and their projects.</summary>
    public static async Task<NewsFormOptions> LoadAsync(AppDbContext db, Func<int, bool> mayWriteIn, CancellationToken cancellationToken)
    {
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken)).Where(r => mayWriteIn(r.Id)).ToList();
        var regionIds = regions.Select(r => r.Id).ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => regionIds.Contains(p.RegionId)).OrderBy(p => p.Title).Take(500)
            .Select(p => new { p.Id, p.Title, Region = p.Region!.ShortName }).ToListAsync(cancellationToken);
        return new NewsFormOptions(
            [.. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))],
            [.. projects.Select(p => new SelectListItem($"{p.Title} ({p.Region})", p.Id.ToString(CultureInfo.InvariantCulture)))]);
    }
}
