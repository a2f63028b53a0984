using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary><c>/veranstaltungen.atom</c>: the upcoming public events, soonest first (example data marked as such).</summary>
public static class EventsFeed
{
    public static IEndpointRouteBuilder MapEventsFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/veranstaltungen.atom", async (AppDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var now = db.UtcNow;
            var events = await db.Set<Event>().AsNoTracking().Where(e => e.IsPublished && e.EndsAt > now)
                .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(50)
                .Select(e => new { e.Slug, e.Title, e.StartsAt, e.EndsAt, e.TimesKnown, e.City, e.Format, e.CancelledAt, e.CreatedAt, e.UpdatedAt, e.IsExample })
                .ToListAsync(cancellationToken);
            return AtomFeeds.Result(context, "Kommende Veranstaltungen – Modellregion", "Kongresse, Werkstätten und offene Sitzungen",
                [.. events.Select(e => new FeedEntry($"/veranstaltungen/{e.Slug}",
                    (e.CancelledAt is null ? "" : "Abgesagt: ") + (e.IsExample ? $"{e.Title} (Beispiel)" : e.Title),
                    $"{EventLabels.When(e.StartsAt, e.EndsAt, e.TimesKnown)}, {(e.Format == EventFormat.Online ? "online" : e.City ?? "")}".TrimEnd(' ', ','),
                    e.UpdatedAt, e.CreatedAt))]);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
