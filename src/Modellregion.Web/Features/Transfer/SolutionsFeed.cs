using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary><c>/loesungen.atom</c>: the solutions added to the catalogue most recently (example data marked as such).</summary>
public static class SolutionsFeed
{
    public static IEndpointRouteBuilder MapSolutionsFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/loesungen.atom", async (AppDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var solutions = await db.Set<Solution>().AsNoTracking().Where(s => s.IsPublished && !s.IsSynthetic)
                .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(30)
                .Select(s => new { s.Slug, s.Title, s.Summary, s.CreatedAt, s.UpdatedAt, s.IsExample })
                .ToListAsync(cancellationToken);
            return AtomFeeds.Result(context, "Neue Lösungen zur Nachnutzung – Modellregion", "Die zuletzt in den Lösungskatalog aufgenommenen Lösungen",
                [.. solutions.Select(s => new FeedEntry($"/loesungen/{s.Slug}", s.IsExample ? $"{s.Title} (Beispiel)" : s.Title, s.Summary, s.UpdatedAt, s.CreatedAt))]);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
