using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary><c>/projekte.atom</c>: the projects published most recently (example data marked as such).</summary>
public static class ProjectsFeed
{
    public static IEndpointRouteBuilder MapProjectsFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projekte.atom", async (AppDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var projects = await db.Set<Project>().AsNoTracking().Where(p => p.IsPublished && !p.IsSynthetic)
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(30)
                .Select(p => new { p.Slug, p.Title, p.Summary, p.CreatedAt, p.UpdatedAt, Region = p.Region!.ShortName, p.Region.IsExample })
                .ToListAsync(cancellationToken);
            return AtomFeeds.Result(context, "Neue Projekte – Modellregion", "Die zuletzt aufgenommenen Projekte der Regionen",
                [.. projects.Select(p => new FeedEntry($"/projekte/{p.Slug}", $"{p.Title} ({p.Region}{(p.IsExample ? ", Beispiel" : "")})", p.Summary, p.UpdatedAt, p.CreatedAt))]);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
