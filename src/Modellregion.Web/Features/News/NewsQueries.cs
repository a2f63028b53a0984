using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

public sealed record NewsCard(string Slug, string Title, string? Teaser, DateOnly PublishedOn, string RegionName, bool IsSynthetic)
{
    /// <summary>A fictional news item of the training region: listed after the real ones and marked as example data.</summary>
    public bool IsExample { get; init; }
}

public sealed record NewsDetails(string Slug, string Title, string? Teaser, string? Body, DateOnly PublishedOn, string RegionSlug, string RegionName,
    string? ProjectSlug, string? ProjectTitle, IReadOnlyList<SourceReference> Sources)
{
    /// <summary>A fictional news item of the training region: its page says so.</summary>
    public bool IsExample { get; init; }
}

/// <summary>A news item in the read API's list.</summary>
public sealed record NewsApiCard(string Slug, string Title, string? Teaser, DateOnly PublishedOn, string RegionSlug, string RegionName, string? ProjectSlug, bool IsExample);

public sealed class NewsQueries(AppDbContext db)
{
    public const int PageSize = 20;

    /// <summary>The latest news; example data (the training region) only after every real item.</summary>
    public async Task<IReadOnlyList<NewsCard>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        await Published().OrderBy(n => n.IsExample).ThenByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id).Take(count)
            .Select(n => new NewsCard(n.Slug, n.Title, n.Teaser, n.PublishedOn, n.Region!.ShortName, n.IsSynthetic) { IsExample = n.IsExample })
            .ToListAsync(cancellationToken);

    public async Task<Page<NewsCard>> PageAsync(int page, CancellationToken cancellationToken = default)
    {
        var total = await Published().CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Published().OrderBy(n => n.IsExample).ThenByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NewsCard(n.Slug, n.Title, n.Teaser, n.PublishedOn, n.Region!.ShortName, n.IsSynthetic) { IsExample = n.IsExample })
            .ToListAsync(cancellationToken);
        return new Page<NewsCard>(items, page, PageSize, total);
    }

    public async Task<NewsDetails?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        await Published().Where(n => n.Slug == slug)
            .Select(n => new NewsDetails(n.Slug, n.Title, n.Teaser, n.Body, n.PublishedOn, n.Region!.Slug, n.Region.Name,
                n.Project != null && n.Project.IsPublished ? n.Project.Slug : null,
                n.Project != null && n.Project.IsPublished ? n.Project.Title : null,
                n.Sources.ToList())
            { IsExample = n.IsExample })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The published news for the read API, in the order of <c>/aktuelles</c>: of one region (by id), of one year,
    /// matching a search term in title, teaser or text (German-aware, as the other searches).
    /// </summary>
    public async Task<Page<NewsApiCard>> SearchAsync(int? regionId, int? year, string? text, int page, CancellationToken cancellationToken = default)
    {
        var items = Published();
        if (regionId is { } region)
        {
            items = items.Where(n => n.RegionId == region);
        }

        if (year is { } y)
        {
            var (first, next) = (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
            items = items.Where(n => n.PublishedOn >= first && n.PublishedOn < next);
        }

        var ordered = items.OrderBy(n => n.IsExample).ThenByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id);
        IQueryable<NewsItem> chosen = ordered;
        int total;
        if (SearchText.Fold(text) is { Length: > 0 } folded)
        {
            // Folding (umlauts, case, accents) happens in .NET, the same on SQLite and PostgreSQL.
            var texts = await ordered.Select(n => new { n.Id, n.Title, n.Teaser, n.Body }).ToListAsync(cancellationToken);
            var ids = texts.Where(n => SearchText.Fold($"{n.Title} {n.Teaser} {n.Body}").Contains(folded, StringComparison.Ordinal)).Select(n => n.Id).ToList();
            total = ids.Count;
            ids = [.. ids.Skip((page - 1) * PageSize).Take(PageSize)];
            chosen = ordered.Where(n => ids.Contains(n.Id));
        }
        else
        {
            total = await items.CountAsync(cancellationToken);
            chosen = ordered.Skip((page - 1) * PageSize).Take(PageSize);
        }

        var cards = await chosen
            .Select(n => new NewsApiCard(n.Slug, n.Title, n.Teaser, n.PublishedOn, n.Region!.Slug, n.Region.ShortName,
                n.Project != null && n.Project.IsPublished ? n.Project.Slug : null, n.IsExample))
            .ToListAsync(cancellationToken);
        return new Page<NewsApiCard>(cards, page, PageSize, total);
    }

    /// <summary>The id of the region with this short name, or null.</summary>
    public async Task<int?> RegionIdAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Slug == slug).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<NewsItem> Published() => db.News.AsNoTracking().Where(n => n.IsPublished);
}
