using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.News.Admin;

public sealed class IndexModel(AppDbContext db) : BackOfficePageModel
{
    public IReadOnlyList<Row> Items { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Title, DateOnly PublishedOn, string Region, bool IsPublished);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanEditAnyRegionContent)
        {
            return Forbid();
        }

        var news = db.News.AsNoTracking();
        if (permissions.EditableRegions is { } regions)
        {
            var ids = regions.ToList();
            news = news.Where(n => ids.Contains(n.RegionId));
        }

        Items = await news.OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id).Take(200)
            .Select(n => new Row(n.Id, n.Slug, n.Title, n.PublishedOn, n.Region!.ShortName, n.IsPublished))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
