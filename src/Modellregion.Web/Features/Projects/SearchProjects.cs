using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>The filters of the public project list, as they come from the query string (German parameter names).</summary>
public sealed record ProjectFilter(
    string? Region = null,
    string? Field = null,
    string? Topic = null,
    string? Status = null,
    string? Municipality = null,
    string? Query = null,
    string? Sort = null,
    string? Page = null,
    string? Programme = null,
    string? Money = null,
    string? Examples = null);

/// <summary>A filter value that could not be used; the page says so instead of failing.</summary>
public sealed record IgnoredFilter(string Parameter, string Label, string Value);

public sealed record ProjectCard(
    string Slug,
    string Title,
    string? Summary,
    string RegionName,
    string RegionSlug,
    ProjectStatus Status,
    string? FieldName,
    decimal? ApprovedGrant,
    string? LeadName,
    bool IsSynthetic)
{
    /// <summary>A project of the fictional training region: listed after the real ones and marked as example data.</summary>
    public bool IsExample { get; init; }
}

public sealed record Option(string Value, string Label);

public sealed record ProjectFilterOptions(
    IReadOnlyList<Option> Regions,
    IReadOnlyList<Option> Fields,
    IReadOnlyList<Option> Topics,
    IReadOnlyList<Option> Statuses,
    IReadOnlyList<Option> Sorts,
    IReadOnlyList<Option> Programmes,
    IReadOnlyList<Option> Money,
    bool HasExamples);

/// <summary>The filters that were applied, normalised (unknown values removed), for links and the API.</summary>
public sealed record AppliedProjectFilter(
    string? Region, string? Field, string? Topic, string? Status, string? Municipality, string? MunicipalityName,
    string? Query, string Sort, int Page, string? Programme = null, string? Money = null, bool WithoutExamples = false)
{
    public bool Any => Region is not null || Field is not null || Topic is not null || Status is not null || Municipality is not null || Query is not null
        || Programme is not null || Money is not null || WithoutExamples;

    /// <summary>Query-string values with German names; <paramref name="page"/> overrides the page.</summary>
    public Dictionary<string, string?> ToRouteValues(int? page = null, string? sort = null) => new()
    {
        ["programm"] = Programme,
        ["region"] = Region,
        ["feld"] = Field,
        ["thema"] = Topic,
        ["status"] = Status,
        ["kommune"] = Municipality,
        ["geld"] = Money,
        ["beispiele"] = WithoutExamples ? SearchProjects.WithoutExamplesValue : null,
        ["q"] = Query,
        ["sortierung"] = (sort ?? Sort) == SearchProjects.DefaultSort ? null : sort ?? Sort,
        ["seite"] = (page ?? Page) == 1 ? null : (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record ProjectSearchResult(Page<ProjectCard> Page, AppliedProjectFilter Applied, IReadOnlyList<IgnoredFilter> Ignored, ProjectFilterOptions Options);

/// <summary>
/// The public project list: filter by programme, region, field, topic, status, municipality, published money and
/// text, leave out example data, sort, page.
/// Unknown filter values are ignored and reported, never an error. Shared by the page and the API.
/// </summary>
public sealed class SearchProjects(AppDbContext db, PublicCache cache, MunicipalityLookup municipalities, IEnumerable<ISearchMatches> search)
{
    public const int PageSize = 20;
    public const string DefaultSort = "titel";
    public const int MaxQueryLength = 200;

    /// <summary>The value of <c>geld</c> for projects whose approved grant is published (the start page's approved sum).</summary>
    public const string WithPublishedGrantValue = "bewilligt";

    /// <summary>The value of <c>geld</c> for projects whose payments are published (the start page's paid-out sum).</summary>
    public const string WithPublishedPaymentsValue = "ausgezahlt";

    /// <summary>The value of <c>beispiele</c> that leaves out the example data of a training region.</summary>
    public const string WithoutExamplesValue = "ohne";

    public static readonly IReadOnlyList<Option> MoneyOptions =
    [
        new(WithPublishedGrantValue, "Bewilligte Zuwendung veröffentlicht"),
        new(WithPublishedPaymentsValue, "Auszahlungen veröffentlicht"),
    ];

    public static readonly IReadOnlyList<Option> Sorts =
    [
        new("titel", "Titel (A–Z)"),
        new("neueste", "Projektbeginn (neueste zuerst)"),
        new("foerdersumme", "Höchste Fördersumme zuerst"),
    ];

    public async Task<ProjectSearchResult> RunAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        var ignored = new List<IgnoredFilter>();
        var options = await OptionsAsync(cancellationToken);
        var projects = db.Projects.AsNoTracking().Where(p => p.IsPublished);

        var programme = Pick(filter.Programme, options.Programmes, "programm", "Förderprogramm", ignored);
        if (programme is not null)
        {
            var programmeId = await db.Programmes.Where(p => p.Slug == programme).Select(p => p.Id).FirstAsync(cancellationToken);
            projects = projects.InProgramme(programmeId);
        }

        var money = Pick(filter.Money, options.Money, "geld", "Geld", ignored);
        projects = money switch
        {
            WithPublishedGrantValue => projects.WithPublishedGrant(),
            WithPublishedPaymentsValue => projects.WithPublishedPayments(db),
            _ => projects,
        };

        var withoutExamples = false;
        if (!string.IsNullOrWhiteSpace(filter.Examples))
        {
            if (filter.Examples.Trim() == WithoutExamplesValue)
            {
                withoutExamples = true;
                projects = projects.WithoutExamples();
            }
            else
            {
                ignored.Add(new IgnoredFilter("beispiele", "Beispieldaten", filter.Examples.Trim().Length > 60 ? filter.Examples.Trim()[..60] + "…" : filter.Examples.Trim()));
            }
        }

        var region = Pick(filter.Region, options.Regions, "region", "Region", ignored);
        if (region is not null)
        {
            // By the key (a subquery the database runs once), so the index on the column serves the filter.
            projects = projects.Where(p => p.RegionId == db.Set<Regions.Region>().Where(r => r.Slug == region).Select(r => r.Id).FirstOrDefault());
        }

        var field = Pick(filter.Field, options.Fields, "feld", "Handlungsfeld", ignored);
        if (field is not null)
        {
            projects = projects.Where(p => p.FieldId == db.Set<Field>().Where(f => f.Slug == field).Select(f => (int?)f.Id).FirstOrDefault());
        }

        var topic = Pick(filter.Topic, options.Topics, "thema", "Thema", ignored);
        if (topic is not null)
        {
            // The topic's projects from the join table's index, not a test of every project of the programme.
            var topicProjects = db.Set<Dictionary<string, object>>("ProjectTopics")
                .Where(pt => EF.Property<int>(pt, "TopicsId") == db.Set<Topic>().Where(t => t.Slug == topic).Select(t => t.Id).FirstOrDefault())
                .Select(pt => EF.Property<int>(pt, "ProjectId"));
            projects = projects.Where(p => topicProjects.Contains(p.Id));
        }

        var statusSlug = Pick(filter.Status, options.Statuses, "status", "Status", ignored);
        if (ProjectStatuses.FromSlug(statusSlug) is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        string? ags = null;
        string? municipalityName = null;
        if (!string.IsNullOrWhiteSpace(filter.Municipality))
        {
            var municipality = await FindMunicipalityAsync(filter.Municipality.Trim(), cancellationToken);
            if (municipality is null)
            {
                ignored.Add(new IgnoredFilter("kommune", "Kommune", filter.Municipality));
            }
            else
            {
                (ags, municipalityName) = (municipality.Ags, municipality.Name);
                projects = projects.Where(p => p.Municipalities.Any(m => m.Ags == ags));
            }
        }

        string? query = null;
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            query = filter.Query.Trim();
            if (query.Length > MaxQueryLength)
            {
                ignored.Add(new IgnoredFilter("q", "Suchbegriff", UnicodeText.Shorten(query, 40)));
                query = null;
            }
            else if (SearchText.Fold(query) is { Length: > 0 } folded)
            {
                // The global search's matching (stems, umlauts, compound parts) where it is installed; otherwise a
                // folded substring of title and summary.
                if (search.FirstOrDefault() is { } matches)
                {
                    var ids = matches.EntityIds(ProjectsSearch.KindName, query);
                    projects = projects.Where(p => ids.Contains(p.Id));
                }
                else
                {
                    projects = projects.Where(p => p.SearchText.Contains(folded));
                }
            }
            else
            {
                // Only symbols, emoji or punctuation: nothing a title or summary could be searched for.
                ignored.Add(new IgnoredFilter("q", "Suchbegriff", UnicodeText.Shorten(query, 40)));
                query = null;
            }
        }

        var sort = Pick(filter.Sort, Sorts, "sortierung", "Sortierung", ignored) ?? DefaultSort;

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(filter.Page))
        {
            if (!int.TryParse(filter.Page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1)
            {
                ignored.Add(new IgnoredFilter("seite", "Seite", filter.Page));
                pageNumber = 1;
            }
        }

        // The same list is asked for again and again (links, bookmarks): the result is kept until the next change.
        var key = string.Join('|', "projects", programme, money, withoutExamples, region, field, topic, statusSlug, ags, query is null ? null : SearchText.Fold(query), sort, pageNumber);
        var requested = pageNumber;
        var page = await cache.GetOrCreateAsync(key, () => LoadPageAsync(projects, sort, requested, options.HasExamples, cancellationToken));
        if (page.PageNumber != requested)
        {
            ignored.Add(new IgnoredFilter("seite", "Seite", requested.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var applied = new AppliedProjectFilter(region, field, topic, statusSlug, ags, municipalityName, query, sort, page.PageNumber, programme, money, withoutExamples);
        return new ProjectSearchResult(page, applied, ignored, options);
    }

    /// <summary>
    /// One page of cards. The training region's projects (example data) come after the real ones, whatever the sort;
    /// each part is ordered and paged on its own, so that the database reads a page of titles along the index on
    /// <c>lower(Title)</c> instead of sorting every matching project first. Only the page where the real projects end
    /// and the examples begin takes a second query.
    /// </summary>
    private async Task<Page<ProjectCard>> LoadPageAsync(IQueryable<Project> projects, string sort, int pageNumber, bool hasExamples, CancellationToken cancellationToken)
    {
        var exampleRegions = db.Set<Regions.Region>().Where(r => r.IsExample).Select(r => r.Id);
        int total, examples;
        if (hasExamples)
        {
            // Two counts in one command, each planned on its own (a grouped count would sort every row first).
            var counts = await db.Set<Regions.Region>()
                .OrderBy(r => r.Id)
                .Select(_ => new { Total = projects.Count(), Examples = projects.Count(p => exampleRegions.Contains(p.RegionId)) })
                .FirstOrDefaultAsync(cancellationToken);
            (total, examples) = counts is null ? (0, 0) : (counts.Total, counts.Examples);
        }
        else
        {
            (total, examples) = (await projects.CountAsync(cancellationToken), 0);
        }

        pageNumber = Math.Min(pageNumber, Math.Max(1, (total + PageSize - 1) / PageSize));
        var offset = (pageNumber - 1) * PageSize;
        var real = total - examples;
        var items = new List<ProjectCard>(PageSize);
        if (!hasExamples)
        {
            items.AddRange(await Cards(Ordered(projects, sort), offset, PageSize).ToListAsync(cancellationToken));
        }
        else
        {
            if (offset < real)
            {
                items.AddRange(await Cards(Ordered(projects.Where(p => !exampleRegions.Contains(p.RegionId)), sort), offset, PageSize).ToListAsync(cancellationToken));
            }

            if (examples > 0 && offset + PageSize > real && items.Count < PageSize)
            {
                var exampleProjects = Ordered(projects.Where(p => exampleRegions.Contains(p.RegionId)), sort);
                items.AddRange(await Cards(exampleProjects, Math.Max(0, offset - real), PageSize - items.Count).ToListAsync(cancellationToken));
            }
        }

        return new Page<ProjectCard>(items, pageNumber, PageSize, total);
    }

    private static IQueryable<Project> Ordered(IQueryable<Project> projects, string sort) => sort switch
    {
        // Titles sort as people read them: "ehrenamtinteraktiv" among the E, not after the Z.
        "neueste" => projects.OrderBy(p => p.StartsOn == null).ThenByDescending(p => p.StartsOn).ThenBy(p => p.Title.ToLower()),
        "foerdersumme" => projects
            .OrderBy(p => p.ApprovedGrant == null).ThenByDescending(p => p.ApprovedGrant)
            .ThenBy(p => p.Title.ToLower()),
        _ => projects.OrderBy(p => p.Title.ToLower()).ThenBy(p => p.Id),
    };

    private static IQueryable<ProjectCard> Cards(IQueryable<Project> ordered, int skip, int take) => ordered
        .Skip(skip)
        .Take(take)
        .Select(p => new ProjectCard(
            p.Slug,
            p.Title,
            p.Summary,
            p.Region!.ShortName,
            p.Region.Slug,
            p.Status,
            p.Field != null ? p.Field.Name : null,
            p.ApprovedGrant,
            p.Partners.Where(x => x.Role == PartnerRole.Lead).Select(x => x.Organisation!.Name).FirstOrDefault(),
            p.IsSynthetic)
        { IsExample = p.Region.IsExample });

    private Task<ProjectFilterOptions> OptionsAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("project-filter-options", () => OptionsUncachedAsync(cancellationToken));

    private async Task<ProjectFilterOptions> OptionsUncachedAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new Option(r.Slug, r.Name)).ToListAsync(cancellationToken);
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => new Option(f.Slug, f.Name)).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Slug, t.Name)).ToListAsync(cancellationToken);
        var statuses = ProjectStatuses.All.Select(s => new Option(s.Slug, s.Label)).ToList();
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Option(p.Slug, p.Name)).ToListAsync(cancellationToken);
        var hasExamples = await db.Regions.AnyAsync(r => r.IsExample, cancellationToken);
        return new ProjectFilterOptions(regions, fields, topics, statuses, Sorts, programmes, MoneyOptions, hasExamples);
    }

    /// <summary>By AGS or name, German-aware ("delbrueck" = "Delbrück"); a name is accepted when it is unambiguous.</summary>
    private async Task<Municipality?> FindMunicipalityAsync(string value, CancellationToken cancellationToken) =>
        await municipalities.ResolveAsync(value, cancellationToken: cancellationToken) is MunicipalityMatch.Found found
            ? await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Ags == found.Municipality.Ags, cancellationToken)
            : null;

    private static string? Pick(string? value, IReadOnlyList<Option> options, string parameter, string label, List<IgnoredFilter> ignored)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (options.Any(o => o.Value == trimmed))
        {
            return trimmed;
        }

        ignored.Add(new IgnoredFilter(parameter, label, UnicodeText.Shorten(trimmed, 60)));
        return null;
    }

}
