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

    private IQueryable<NewsItem> Published() => db.News.AsNoTracking().Where(n => n.IsPublished);
}
