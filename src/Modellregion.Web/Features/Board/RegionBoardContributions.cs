using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Board;

/// <summary>A region's Digitalboard as its public page and the region API show it.</summary>
public sealed record RegionBoardView(string Slug, string Name);

/// <summary>
/// The region's Digitalboard on its public page (name and a link to members, meetings and resolutions) and as
/// <c>boardSlug</c>/<c>boardName</c> in the region API: the region's first board of the kind Digitalboard that is not deleted.
/// </summary>
public sealed class RegionBoardSection(AppDbContext db) : IPageSection
{
    public string Slot => PageSlots.RegionAfterPartners;

    public string Partial => "/Features/Board/_RegionBoard.cshtml";

    public IEnumerable<KeyValuePair<string, object?>> Api(object? model) =>
        [new("boardSlug", (model as RegionBoardView)?.Slug), new("boardName", (model as RegionBoardView)?.Name)];

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) =>
        subject is int regionId ? await LoadAsync(regionId, cancellationToken) : null;

    private static readonly Func<AppDbContext, int, Task<RegionBoardView?>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int regionId) => db.Set<Board>().AsNoTracking().Where(b => b.RegionId == regionId && b.Kind == BoardKind.Board && b.DeletedAt == null)
            .OrderBy(b => b.Id).Select(b => new RegionBoardView(b.Slug, b.Name)).FirstOrDefault());

    private Task<RegionBoardView?> LoadAsync(int regionId, CancellationToken cancellationToken) => Query(db, regionId);
}

/// <summary>
/// The column "Digitalboard" in the back office's list of regions: the name of each region's Digitalboard, or a
/// link to set one up. One query for all listed regions.
/// </summary>
public sealed class RegionBoardFacts(AppDbContext db) : IRegionFacts
{
    public Message Label => "Digitalboard";

    public async Task<IReadOnlyDictionary<int, RegionFact>> LoadAsync(IReadOnlyList<ListedRegion> regions, CancellationToken cancellationToken)
    {
        var ids = regions.Select(r => r.Id).ToList();
        var boards = (await db.Boards.AsNoTracking().Where(b => ids.Contains(b.RegionId) && b.Kind == BoardKind.Board && b.DeletedAt == null)
                .Select(b => new { b.RegionId, b.Id, b.Name }).ToListAsync(cancellationToken))
            .GroupBy(b => b.RegionId).ToDictionary(g => g.Key, g => g.MinBy(b => b.Id)!.Name);
        return regions.ToDictionary(r => r.Id, r => boards.TryGetValue(r.Id, out var name)
            ? new RegionFact(name)
            : new RegionFact(null, $"/verwaltung/digitalboard/gremien?region={r.Slug}", "Digitalboard anlegen"));
    }
}
