using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>An event in a list.</summary>
public sealed record EventRow(string Slug, string Title, string? Summary, DateTime StartsAt, DateTime EndsAt, bool TimesKnown, EventFormat Format,
    string Place, string? RegionName, bool IsExample, bool IsCancelled);

/// <summary>An event in the read API's list (times in UTC).</summary>
public sealed record EventApiCard(string Slug, string Title, string? Summary, DateTime StartsAt, DateTime EndsAt, bool TimesKnown, EventFormat Format,
    string Place, string? RegionSlug, string? RegionName, bool IsCancelled, bool IsPast, bool IsExample);

/// <summary>The filters of <c>/veranstaltungen</c> (bookmarkable GET parameters).</summary>
public sealed record EventFilter(string? Region = null, EventFormat? Format = null, string? Topic = null);

public sealed record EventLists(IReadOnlyList<EventRow> Upcoming, IReadOnlyList<EventRow> Past, IReadOnlyList<(string Slug, string Name)> Regions)
{
    /// <summary>The topics of the projects presented at published events: an event's topics are those of its projects.</summary>
    public IReadOnlyList<(string Slug, string Name)> Topics { get; init; } = [];
}

/// <summary>The places of one registration type as the public sees them.</summary>
public sealed record TicketTypeView(int Id, TicketKind Kind, int Capacity, int Free, int Waiting);

public sealed record SessionView(DateTime? StartsAt, DateTime? EndsAt, string? Room, string Title, IReadOnlyList<string> Speakers, IReadOnlyList<(string Slug, string Title)> Projects)
{
    /// <summary>The published solutions of the transfer catalogue presented (empty without the catalogue).</summary>
    public IReadOnlyList<(string Slug, string Title)> Solutions { get; init; } = [];
}

/// <summary>An event's public page.</summary>
public sealed record EventDetails(Event Event, string? RegionName, string? RegionSlug, IReadOnlyList<TicketTypeView> TicketTypes, IReadOnlyList<SessionView> Sessions, bool RegistrationOpen, string? RegistrationRefusal)
{
    /// <summary>Directory organisations of confirmed participants who agreed to be shown among the participants.</summary>
    public IReadOnlyList<(string Slug, string Name)> Participants { get; init; } = [];
}

/// <summary>What the public sees of events: only published ones; registrations only as counts.</summary>
public sealed class EventQueries(AppDbContext db, IEnumerable<ISolutionReferences> solutionCatalogue)
{
    public async Task<EventLists> ListAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var now = db.UtcNow;
        var events = db.Events.AsNoTracking().Where(e => e.IsPublished);
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            events = events.Where(e => e.Region!.Slug == filter.Region);
        }

        if (filter.Format is { } format)
        {
            events = events.Where(e => e.Format == format);
        }

        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            var topic = filter.Topic;
            events = events.Where(e => e.Sessions.Any(s => s.Projects.Any(p => p.IsPublished && p.Topics.Any(t => t.Slug == topic))));
        }

        var rows = await events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Select(e => new { Event = e, RegionName = e.Region!.ShortName })
            .Take(500).ToListAsync(cancellationToken);
        var list = rows.Select(r => new EventRow(r.Event.Slug, r.Event.Title, r.Event.Summary, r.Event.StartsAt, r.Event.EndsAt, r.Event.TimesKnown, r.Event.Format,
            EventCalendar.Place(r.Event), r.RegionName, r.Event.IsExample, r.Event.CancelledAt is not null)).ToList();
        var regions = await db.Events.AsNoTracking().Where(e => e.IsPublished && e.RegionId != null)
            .Select(e => new { e.Region!.Slug, e.Region.ShortName }).Distinct().OrderBy(r => r.ShortName).ToListAsync(cancellationToken);
        var topics = await db.EventSessions.AsNoTracking().Where(s => s.Event!.IsPublished)
            .SelectMany(s => s.Projects.Where(p => p.IsPublished).SelectMany(p => p.Topics))
            .Select(t => new { t.Slug, t.Name, t.SortOrder }).Distinct().ToListAsync(cancellationToken);
        return new EventLists([.. list.Where(e => e.EndsAt > now)], [.. list.Where(e => e.EndsAt <= now).Reverse()], [.. regions.Select(r => (r.Slug, r.ShortName))])
        {
            Topics = [.. topics.OrderBy(t => t.SortOrder).ThenBy(t => t.Name).Select(t => (t.Slug, t.Name))],
        };
    }

    public async Task<EventDetails?> DetailsAsync(string slug, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.AsNoTracking().Include(e => e.TicketTypes).Include(e => e.Region).Include(e => e.Sources)
            .FirstOrDefaultAsync(e => e.Slug == slug && e.IsPublished, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var waiting = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == item.Id && r.Status == RegistrationStatus.Waiting)
            .GroupBy(r => r.TicketTypeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sessions = await db.EventSessions.AsNoTracking().Where(s => s.EventId == item.Id)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.StartsAt,
                s.EndsAt,
                s.Room,
                s.Title,
                s.Speakers,
                Projects = s.Projects.Where(p => p.IsPublished).OrderBy(p => p.Title).Select(p => new { p.Slug, p.Title }).ToList(),
                SolutionIds = s.Solutions.Select(l => l.SolutionId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var solutionIds = sessions.SelectMany(s => s.SolutionIds).Distinct().ToList();
        var solutions = solutionIds.Count > 0 && solutionCatalogue.FirstOrDefault() is { } catalogue
            ? (await catalogue.PublishedAsync(solutionIds, cancellationToken)).ToDictionary(n => n.Id)
            : [];
        var participants = await db.Organisations.AsNoTracking()
            .Where(o => db.Set<Registration>().Any(r => r.EventId == item.Id && r.OrganisationId == o.Id && r.ShowOrganisation && r.Status == RegistrationStatus.Confirmed))
            .OrderBy(o => o.Name).Select(o => new { o.Slug, o.Name }).Take(500).ToListAsync(cancellationToken);
        var refusal = item.RegistrationRefusal(db.UtcNow);
        return new EventDetails(item, item.Region?.ShortName, item.Region?.Slug,
            [.. item.TicketTypes.OrderBy(t => t.Kind).Select(t => new TicketTypeView(t.Id, t.Kind, t.Capacity, t.Free, waiting.GetValueOrDefault(t.Id)))],
            [.. sessions.Select(s => new SessionView(s.StartsAt, s.EndsAt, s.Room, s.Title,
                (s.Speakers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), [.. s.Projects.Select(p => (p.Slug, p.Title))])
            {
                Solutions = [.. s.SolutionIds.Where(solutions.ContainsKey).Select(id => (solutions[id].Slug, solutions[id].Title)).OrderBy(n => n.Title, StringComparer.CurrentCulture)],
            })],
            refusal is null && item.TicketTypes.Count > 0, refusal)
        {
            Participants = [.. participants.Select(p => (p.Slug, p.Name))],
        };
    }

    /// <summary>Events per page of the read API.</summary>
    public const int ApiPageSize = 20;

    /// <summary>
    /// The published events for the read API: of a region (by id), touching the Berlin days from … to (both
    /// included), of a format, upcoming (not yet ended) or past. Upcoming and unfiltered lists run from the earliest
    /// start, past ones from the latest, as on <c>/veranstaltungen</c>.
    /// </summary>
    public async Task<Page<EventApiCard>> PageAsync(int? regionId, DateTime? fromUtc, DateTime? toUtc, EventFormat? format, bool? upcoming, int page,
        CancellationToken cancellationToken = default)
    {
        var now = db.UtcNow;
        var events = db.Events.AsNoTracking().Where(e => e.IsPublished);
        if (regionId is { } region)
        {
            events = events.Where(e => e.RegionId == region);
        }

        if (fromUtc is { } from)
        {
            events = events.Where(e => e.EndsAt > from);
        }

        if (toUtc is { } to)
        {
            events = events.Where(e => e.StartsAt < to);
        }

        if (format is { } f)
        {
            events = events.Where(e => e.Format == f);
        }

        if (upcoming is { } next)
        {
            events = next ? events.Where(e => e.EndsAt > now) : events.Where(e => e.EndsAt <= now);
        }

        var total = await events.CountAsync(cancellationToken);
        var ordered = upcoming == false
            ? events.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            : events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        var rows = await ordered.Skip((page - 1) * ApiPageSize).Take(ApiPageSize)
            .Select(e => new { Event = e, RegionSlug = e.Region != null ? e.Region.Slug : null, RegionName = e.Region != null ? e.Region.ShortName : null })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new EventApiCard(r.Event.Slug, r.Event.Title, r.Event.Summary, Utc(r.Event.StartsAt), Utc(r.Event.EndsAt), r.Event.TimesKnown,
            r.Event.Format, EventCalendar.Place(r.Event), r.RegionSlug, r.RegionName, r.Event.CancelledAt is not null, r.Event.EndsAt <= now, r.Event.IsExample)).ToList();
        return new Page<EventApiCard>(items, page, ApiPageSize, total);
    }

    /// <summary>The id of the region with this short name, or null.</summary>
    public async Task<int?> RegionIdAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Slug == slug).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>All public events (for the calendar feed), newest last.</summary>
    public async Task<IReadOnlyList<Event>> CalendarAsync(string? slug, CancellationToken cancellationToken = default) =>
        await db.Events.AsNoTracking().Where(e => e.IsPublished && (slug == null || e.Slug == slug)).OrderBy(e => e.StartsAt).Take(1000).ToListAsync(cancellationToken);
}
