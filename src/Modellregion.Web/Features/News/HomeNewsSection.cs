using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

/// <summary>"Aktuelles" at the end of the start page: the three latest published news items.</summary>
public sealed class HomeNewsSection(NewsQueries news, PublicCache cache) : IPageSection
{
    public string Slot => PageSlots.HomeEnd;

    public string Partial => "/Features/News/_HomeNews.cshtml";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync("latest-news", () => news.LatestAsync(3, cancellationToken)) is { Count: > 0 } latest ? latest : null;
}
