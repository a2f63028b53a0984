using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Events;

/// <summary>The published events in the global search, with their programme (sessions and the speakers shown publicly); never registrations.</summary>
public sealed class EventsSearch : ISearchSource
{
    public string Kind => "veranstaltung";

    public string Label => "Veranstaltungen";

    public string LabelEn => "Events";

    public int Order => 80;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Event), typeof(EventSession), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity switch
    {
        Event item => [SearchKeys.Of(item.Id)],
        EventSession session => [SearchKeys.Of(session.EventId)],
        _ => null,
    };

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<Event>().Where(e => e.IsPublished).Select(e => e.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var events = await db.Set<Event>().AsNoTracking().Where(e => ids.Contains(e.Id) && e.IsPublished)
            .Select(e => new
            {
                e.Id,
                e.Slug,
                e.Title,
                e.Summary,
                e.Description,
                e.Organisers,
                e.VenueName,
                e.City,
                e.StartsAt,
                RegionSlug = e.Region != null ? e.Region.Slug : null,
                RegionName = e.Region != null ? e.Region.Name : null,
                Programme = e.Region != null ? e.Region.Programme!.Name : null,
                Sessions = e.Sessions.OrderBy(s => s.Order).Select(s => s.Title + " " + (s.Speakers ?? "")).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. events.Select(e => new SearchEntry(
            SearchKeys.Of(e.Id),
            e.Id,
            e.Title,
            string.Join(" · ", new[] { e.Summary, e.Description, e.Organisers, e.VenueName, e.City, string.Join(" · ", e.Sessions) }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/veranstaltungen/{e.Slug}",
            e.RegionSlug,
            e.RegionName,
            e.Programme,
            Year: Platform.Formatting.BerlinDate(e.StartsAt).Year))];
    }
}
