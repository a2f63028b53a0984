using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Regions;

/// <summary>The model regions in the global search.</summary>
public sealed class RegionsSearch : ISearchSource
{
    public string Kind => "region";

    public string Label => "Regionen";

    public string LabelEn => "Regions";

    public int Order => 5;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity is Region region ? [SearchKeys.Of(region.Id)] : null;

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<Region>().Select(r => r.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var regions = await db.Set<Region>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Slug, r.Name, r.ShortName, r.Summary, r.Description, r.GoverningDistrict, Programme = r.Programme!.Name })
            .ToListAsync(cancellationToken);
        return [.. regions.Select(r => new SearchEntry(
            SearchKeys.Of(r.Id),
            r.Id,
            r.Name,
            string.Join(" · ", new[] { r.ShortName, r.Summary, r.Description, r.GoverningDistrict }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/regionen/{r.Slug}",
            r.Slug,
            r.Name,
            r.Programme))];
    }
}
