using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.News;

/// <summary>The published news in the global search.</summary>
public sealed class NewsSearch : ISearchSource
{
    public string Kind => "nachricht";

    public string Label => "Nachrichten";

    public string LabelEn => "News";

    public int Order => 50;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(NewsItem), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity is NewsItem item ? [SearchKeys.Of(item.Id)] : null;

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<NewsItem>().Where(n => n.IsPublished).Select(n => n.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var items = await db.Set<NewsItem>().AsNoTracking().Where(n => ids.Contains(n.Id) && n.IsPublished)
            .Select(n => new
            {
                n.Id,
                n.Slug,
                n.Title,
                n.Teaser,
                n.Body,
                n.PublishedOn,
                RegionSlug = n.Region!.Slug,
                RegionName = n.Region.Name,
                Programme = n.Region.Programme!.Name,
            })
            .ToListAsync(cancellationToken);
        return [.. items.Select(n => new SearchEntry(
            SearchKeys.Of(n.Id),
            n.Id,
            n.Title,
            string.Join(" · ", new[] { n.Teaser, n.Body }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/aktuelles/{n.Slug}",
            n.RegionSlug,
            n.RegionName,
            n.Programme,
            Year: n.PublishedOn.Year))];
    }
}
