using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Directory;

/// <summary>The organisations of the directory in the global search (name, short name, description, place; no contact persons).</summary>
public sealed class OrganisationsSearch : ISearchSource
{
    public const string KindName = "akteur";

    public string Kind => KindName;

    public string Label => "Akteure";

    public string LabelEn => "Organisations";

    public int Order => 30;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Organisation), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity is Organisation organisation ? [SearchKeys.Of(organisation.Id)] : null;

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<Organisation>().Select(o => o.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.Name,
                o.ShortName,
                o.Description,
                o.City,
                Municipality = o.Municipality != null ? o.Municipality.Name : null,
                RegionSlug = o.Region != null ? o.Region.Slug : null,
                RegionName = o.Region != null ? o.Region.Name : null,
                Programme = o.Region != null ? o.Region.Programme!.Name : null,
            })
            .ToListAsync(cancellationToken);
        return [.. organisations.Select(o => new SearchEntry(
            SearchKeys.Of(o.Id),
            o.Id,
            o.Name,
            string.Join(" · ", new[] { o.ShortName, o.Description, o.City, o.Municipality }.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct()),
            $"/akteure/{o.Slug}",
            o.RegionSlug,
            o.RegionName,
            o.Programme))];
    }
}

/// <summary>Every German municipality (official directory) in the global search, with its district and Land.</summary>
public sealed class MunicipalitiesSearch : ISearchSource
{
    public string Kind => "kommune";

    public string Label => "Kommunen";

    public string LabelEn => "Municipalities";

    public int Order => 40;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Municipality)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity is Municipality municipality ? [municipality.Ags] : null;

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Municipality>().Select(m => m.Ags).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var list = keys.ToList();
        var municipalities = await db.Set<Municipality>().AsNoTracking().Where(m => list.Contains(m.Ags))
            .Select(m => new { m.Ags, m.Name, m.Land, District = m.District != null ? m.District.Name : null })
            .ToListAsync(cancellationToken);
        return [.. municipalities.Select(m => new SearchEntry(
            m.Ags,
            0,
            m.Name,
            string.Join(" · ", new[] { m.District, m.Land, m.Ags }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/kommunen/{m.Ags}"))];
    }
}
