using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

/// <summary><c>/aktuelles.atom</c>: the newest published news of every region (example data marked as such).</summary>
public static class NewsFeed
{
    public static IEndpointRouteBuilder MapNewsFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/aktuelles.atom", async (AppDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var items = await db.Set<NewsItem>().AsNoTracking().Where(n => n.IsPublished && !n.IsSynthetic)
                .OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id).Take(30)
                .Select(n => new { n.Slug, n.Title, n.Teaser, n.PublishedOn, n.UpdatedAt, n.IsExample })
                .ToListAsync(cancellationToken);
            return AtomFeeds.Result(context, "Aktuelles – Modellregion", "Neuigkeiten aus den Projekten und Regionen",
                [.. items.Select(n => new FeedEntry($"/aktuelles/{n.Slug}", n.IsExample ? $"{n.Title} (Beispiel)" : n.Title, n.Teaser,
                    n.UpdatedAt, n.PublishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))]);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
