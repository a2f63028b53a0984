using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory;

public sealed record OrganisationFilter(string? Type = null, string? Region = null, string? Query = null, string? Page = null);

public sealed record OrganisationCard(string Slug, string Name, OrganisationType Type, string? City, string? RegionName, int ProjectCount, bool IsSynthetic)
{
    /// <summary>A fictional organisation of the training region: listed after the real ones and marked as example data.</summary>
    public bool IsExample { get; init; }
}

public sealed record OrganisationList(Page<OrganisationCard> Page, string? Type, string? Region, string? Query, IReadOnlyList<IgnoredFilter> Ignored, IReadOnlyList<Option> Regions)
{
    public Dictionary<string, string?> RouteValues(int page) => new()
    {
        ["typ"] = Type,
        ["region"] = Region,
        ["q"] = Query,
        ["seite"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record OrganisationProject(string Slug, string Title, string RegionName, ProjectStatus Status, PartnerRole Role, string? Note);

public sealed record OrganisationRegionRole(string Slug, string Name, RegionRole Role, string? Note);

public sealed record OrganisationDetails(
    string Slug,
    string Name,
    string? ShortName,
    OrganisationType Type,
    string? Description,
    string? Website,
    string? City,
    string? MunicipalityAgs,
    string? MunicipalityName,
    string? DistrictAgs,
    string? DistrictName,
    int? DistrictPopulation,
    string? GoverningDistrict,
    string? HomeRegionSlug,
    string? HomeRegionName,
    IReadOnlyList<OrganisationRegionRole> Regions,
    IReadOnlyList<OrganisationProject> Projects,
    IReadOnlyList<OrganisationProject> ProjectsInPlace,
    IReadOnlyList<SourceReference> Sources,
    bool IsSynthetic)
{
    /// <summary>The organisation as other features' sections of its page see it (not part of the JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public OrganisationSubject Subject { get; init; } = null!;

    /// <summary>What other features add to the organisation in the API (e.g. <c>reuses</c>, <c>provided</c>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object?>? Contributed { get; init; }

    /// <summary>A fictional organisation of the training region: its page says so.</summary>
    public bool IsExample { get; init; }
}

/// <summary>
/// An organisation as the sections of its public page (<see cref="Shared.PageSlots.OrganisationAfterProjects"/>)
/// receive it.
/// </summary>
public sealed record OrganisationSubject(int Id, string? MunicipalityAgs, OrganisationType Type);

/// <summary>The directory of actors for the public pages and the API.</summary>
public sealed class OrganisationQueries(AppDbContext db, RegionQueries regionQueries, IEnumerable<ISearchMatches> search)
{
    public const int PageSize = 30;

    public async Task<OrganisationList> ListAsync(OrganisationFilter filter, CancellationToken cancellationToken = default)
    {
        var ignored = new List<IgnoredFilter>();
        var regions = await regionQueries.OptionsAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();

        string? type = null;
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            if (OrganisationTypes.FromSlug(filter.Type.Trim()) is { } t)
            {
                type = filter.Type.Trim();
                organisations = organisations.Where(o => o.Type == t);
            }
            else
            {
                ignored.Add(new IgnoredFilter("typ", "Art", filter.Type));
            }
        }

        string? region = null;
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            if (regions.Any(r => r.Value == filter.Region.Trim()))
            {
                region = filter.Region.Trim();
                organisations = organisations.Where(o => o.Region!.Slug == region
                    || db.Set<RegionParticipation>().Any(p => p.OrganisationId == o.Id && p.Region!.Slug == region)
                    || db.Set<ProjectPartner>().Any(p => p.OrganisationId == o.Id && p.Project!.Region!.Slug == region));
            }
            else
            {
                ignored.Add(new IgnoredFilter("region", "Region", filter.Region));
            }
        }

        string? query = null;
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            query = filter.Query.Trim();
            if (query.Length > 200)
            {
                ignored.Add(new IgnoredFilter("q", "Suchbegriff", UnicodeText.Shorten(query, 40)));
                query = null;
            }
            else
            {
                var pattern = "%" + query.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                // A part of the name, or what the global search finds (word forms, umlauts, description, place).
                // SQLite's LIKE ignores case for ASCII letters, and its lower() folds nothing more; there lower() would
                // only cost time (two thirds of the list's SQL). PostgreSQL's LIKE needs it, and there a trigram index
                // on lower("Name") finds the parts (migration NameTrigramIndexes). Both sets of ids are joined by UNION
                // rather than OR: an OR with a subquery makes PostgreSQL read every organisation instead of the index.
                var sqlite = !db.Database.IsNpgsql();
                var byName = sqlite
                    ? db.Organisations.Where(o => EF.Functions.Like(o.Name, pattern, "\\")).Select(o => o.Id)
                    : db.Organisations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern, "\\")).Select(o => o.Id);
                var ids = search.FirstOrDefault() is { } matches
                    ? byName.Union(matches.EntityIds(OrganisationsSearch.KindName, query))
                    : byName;
                organisations = organisations.Where(o => ids.Contains(o.Id));
            }
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(filter.Page) && (!int.TryParse(filter.Page, out page) || page < 1))
        {
            ignored.Add(new IgnoredFilter("seite", "Seite", filter.Page));
            page = 1;
        }

        var total = await organisations.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pageCount)
        {
            ignored.Add(new IgnoredFilter("seite", "Seite", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
        }

        var items = await organisations
            .OrderBy(o => o.IsSynthetic).ThenBy(o => o.IsExample).ThenBy(o => o.Name)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new OrganisationCard(o.Slug, o.Name, o.Type, o.City, o.Region != null ? o.Region.ShortName : null,
                db.Set<ProjectPartner>().Count(p => p.OrganisationId == o.Id && p.Project!.IsPublished), o.IsSynthetic)
            { IsExample = o.IsExample })
            .ToListAsync(cancellationToken);
        return new OrganisationList(new Page<OrganisationCard>(items, page, PageSize, total), type, region, query, ignored, regions);
    }

    /// <summary>
    /// An organisation's page: its row with place, district, home region and sources (one query), its roles in
    /// regions (one) and its projects together with those carried out in its municipality (one).
    /// </summary>
    public async Task<OrganisationDetails?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        // One query with its few sources joined, rather than one more for them.
        var organisation = await db.Organisations.AsNoTracking().AsSingleQuery()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.Name,
                o.ShortName,
                o.Type,
                o.Description,
                o.Website,
                o.City,
                o.MunicipalityAgs,
                MunicipalityName = o.Municipality != null ? o.Municipality.Name : null,
                o.DistrictAgs,
                DistrictName = o.District != null ? o.District.Name : null,
                DistrictPopulation = o.District != null ? (int?)o.District.Population : null,
                RegionSlug = o.Region != null ? o.Region.Slug : null,
                RegionName = o.Region != null ? o.Region.Name : null,
                Sources = o.Sources.ToList(),
                o.IsSynthetic,
                o.IsExample,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var regionRoles = await db.RegionParticipations.AsNoTracking()
            .Where(p => p.OrganisationId == organisation.Id)
            .OrderBy(p => p.Region!.Name).ThenBy(p => p.Role)
            .Select(p => new OrganisationRegionRole(p.Region!.Slug, p.Region.Name, p.Role, p.Note))
            .ToListAsync(cancellationToken);

        // Its own projects and, for a municipality, the projects carried out in it, whoever leads them: one query.
        var id = organisation.Id;
        var ags = organisation.MunicipalityAgs;
        var own = db.ProjectPartners.AsNoTracking()
            .Where(p => p.OrganisationId == id && p.Project!.IsPublished)
            .Select(p => new { InPlace = false, p.Project!.Slug, p.Project.Title, RegionName = p.Project.Region!.ShortName, p.Project.Status, p.Role, p.Note });
        var rows = ags is null
            ? await own.OrderBy(p => p.Title).ToListAsync(cancellationToken)
            : await own.Concat(db.ProjectMunicipalities.AsNoTracking()
                    .Where(m => m.Ags == ags && m.Project!.IsPublished)
                    .Select(m => new { InPlace = true, m.Project!.Slug, m.Project.Title, RegionName = m.Project.Region!.ShortName, m.Project.Status, Role = PartnerRole.Associated, Note = (string?)null }))
                .OrderBy(p => p.InPlace).ThenBy(p => p.Title)
                .ToListAsync(cancellationToken);
        var projects = rows.Where(p => !p.InPlace).Select(p => new OrganisationProject(p.Slug, p.Title, p.RegionName, p.Status, p.Role, p.Note)).ToList();
        var inPlace = rows.Where(p => p.InPlace).Select(p => new OrganisationProject(p.Slug, p.Title, p.RegionName, p.Status, p.Role, p.Note)).ToList();

        var key = organisation.MunicipalityAgs ?? organisation.DistrictAgs;
        return new OrganisationDetails(
            organisation.Slug,
            organisation.Name,
            organisation.ShortName,
            organisation.Type,
            organisation.Description,
            organisation.Website,
            organisation.City,
            organisation.MunicipalityAgs,
            organisation.MunicipalityName,
            organisation.DistrictAgs,
            organisation.DistrictName,
            organisation.DistrictPopulation,
            key is null ? null : Ags.GoverningDistrictName(key),
            organisation.RegionSlug,
            organisation.RegionName,
            regionRoles,
            projects,
            inPlace,
            organisation.Sources,
            organisation.IsSynthetic)
        { Subject = new OrganisationSubject(organisation.Id, organisation.MunicipalityAgs, organisation.Type), IsExample = organisation.IsExample };
    }
}
