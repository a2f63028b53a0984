using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The filters of the public catalogue, as they come from the query string (German parameter names).</summary>
public sealed record SolutionFilter(
    string? Kind = null,
    string? Topic = null,
    string? Maturity = null,
    string? Licence = null,
    string? Region = null,
    string? Query = null,
    string? Sort = null,
    string? Page = null,
    string? Programme = null);

public sealed record SolutionCard(
    string Slug,
    string Title,
    string? Summary,
    SolutionKind Kind,
    Maturity? Maturity,
    string? Licence,
    string RegionName,
    string? ProviderName,
    int ReuseCount,
    bool IsSynthetic)
{
    /// <summary>A solution of the fictional training region: listed after the real ones and marked as example data.</summary>
    public bool IsExample { get; init; }
}

public sealed record AppliedSolutionFilter(string? Kind, string? Topic, string? Maturity, string? Licence, string? Region, string? Query, string Sort, int Page, string? Programme = null)
{
    public bool Any => Kind is not null || Topic is not null || Maturity is not null || Licence is not null || Region is not null || Query is not null || Programme is not null;

    public Dictionary<string, string?> ToRouteValues(int? page = null) => new()
    {
        ["programm"] = Programme,
        ["art"] = Kind,
        ["thema"] = Topic,
        ["reife"] = Maturity,
        ["lizenz"] = Licence,
        ["region"] = Region,
        ["q"] = Query,
        ["sortierung"] = Sort == SearchSolutions.DefaultSort ? null : Sort,
        ["seite"] = (page ?? Page) == 1 ? null : (page ?? Page).ToString(CultureInfo.InvariantCulture),
    };
}

public sealed record SolutionFilterOptions(
    IReadOnlyList<Option> Kinds,
    IReadOnlyList<Option> Topics,
    IReadOnlyList<Option> Maturities,
    IReadOnlyList<Option> Licences,
    IReadOnlyList<Option> Regions,
    IReadOnlyList<Option> Sorts,
    IReadOnlyList<Option> Programmes);

public sealed record SolutionSearchResult(Page<SolutionCard> Page, AppliedSolutionFilter Applied, IReadOnlyList<IgnoredFilter> Ignored, SolutionFilterOptions Options);

/// <summary>
/// The public catalogue: filter by programme (of the solution's region), kind, topic, maturity, licence, region and text (German-aware: "Schulen" finds
/// "Schule"), sort by reuse count, newest or title, page. Unknown values are ignored and reported.
/// </summary>
public sealed class SearchSolutions(AppDbContext db, PublicCache cache, IEnumerable<ISearchMatches> search)
{
    public const int PageSize = 20;
    public const string DefaultSort = "nachnutzungen";
    public const int MaxQueryLength = 200;

    /// <summary>The value of the licence filter for solutions whose licence is not published.</summary>
    public const string NoLicence = "ohne-angabe";

    public static readonly IReadOnlyList<Option> Sorts =
    [
        new("nachnutzungen", "Meiste Nachnutzungen zuerst"),
        new("neueste", "Neueste zuerst"),
        new("titel", "Titel (A–Z)"),
    ];

    public async Task<SolutionSearchResult> RunAsync(SolutionFilter filter, CancellationToken cancellationToken = default)
    {
        var ignored = new List<IgnoredFilter>();
        var options = await OptionsAsync(cancellationToken);
        var solutions = db.Solutions.AsNoTracking().Where(s => s.IsPublished);

        var kindSlug = Pick(filter.Kind, options.Kinds, "art", "Art", ignored);
        if (kindSlug is not null)
        {
            var kind = SolutionVocabulary.Kinds.First(k => k.Slug == kindSlug).Kind;
            solutions = solutions.Where(s => s.Kind == kind);
        }

        var topic = Pick(filter.Topic, options.Topics, "thema", "Thema", ignored);
        if (topic is not null)
        {
            solutions = solutions.Where(s => s.Topics.Any(t => t.Slug == topic));
        }

        var maturitySlug = Pick(filter.Maturity, options.Maturities, "reife", "Reifegrad", ignored);
        if (maturitySlug is not null)
        {
            var maturity = SolutionVocabulary.Maturities.First(m => m.Slug == maturitySlug).Maturity;
            solutions = solutions.Where(s => s.Maturity == maturity);
        }

        var licence = Pick(filter.Licence, options.Licences, "lizenz", "Lizenz", ignored);
        if (licence == NoLicence)
        {
            solutions = solutions.Where(s => s.Licence == null);
        }
        else if (licence is not null)
        {
            solutions = solutions.Where(s => s.Licence == licence);
        }

        var region = Pick(filter.Region, options.Regions, "region", "Region", ignored);
        if (region is not null)
        {
            solutions = solutions.Where(s => s.Region!.Slug == region);
        }

        var programme = Pick(filter.Programme, options.Programmes, "programm", "Förderprogramm", ignored);
        if (programme is not null)
        {
            solutions = solutions.Where(s => s.Region!.Programme!.Slug == programme);
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
            else if (SearchText.Fold(query).Length == 0)
            {
                // Only symbols, emoji or punctuation: nothing a solution could be searched for.
                ignored.Add(new IgnoredFilter("q", "Suchbegriff", UnicodeText.Shorten(query, 40)));
                query = null;
            }
            else if (search.FirstOrDefault() is { } matches)
            {
                // The global search's matching (stems, umlauts, compound parts), the same as on /suche.
                var ids = matches.EntityIds(SolutionsSearch.KindName, query);
                solutions = solutions.Where(s => ids.Contains(s.Id));
            }
            else
            {
                // Every word must occur, as the beginning of a stemmed term or anywhere in the folded text.
                foreach (var term in GermanStemmer.Terms(query).Distinct())
                {
                    var prefix = " " + term;
                    solutions = solutions.Where(s => s.SearchTerms.Contains(prefix) || s.SearchText.Contains(term));
                }
            }
        }

        var sort = Pick(filter.Sort, Sorts, "sortierung", "Sortierung", ignored) ?? DefaultSort;
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(filter.Page) && (!int.TryParse(filter.Page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            ignored.Add(new IgnoredFilter("seite", "Seite", filter.Page));
            pageNumber = 1;
        }

        var key = string.Join('|', "solutions", programme, kindSlug, topic, maturitySlug, licence, region, query is null ? null : SearchText.Fold(query), sort, pageNumber);
        var requested = pageNumber;
        var page = await cache.GetOrCreateAsync(key, () => LoadPageAsync(solutions, sort, requested, cancellationToken));
        if (page.PageNumber != requested)
        {
            ignored.Add(new IgnoredFilter("seite", "Seite", requested.ToString(CultureInfo.InvariantCulture)));
        }

        return new SolutionSearchResult(page, new AppliedSolutionFilter(kindSlug, topic, maturitySlug, licence, region, query, sort, page.PageNumber, programme), ignored, options);
    }

    private static async Task<Page<SolutionCard>> LoadPageAsync(IQueryable<Solution> solutions, string sort, int pageNumber, CancellationToken cancellationToken)
    {
        var total = await solutions.CountAsync(cancellationToken);
        pageNumber = Math.Min(pageNumber, Math.Max(1, (total + PageSize - 1) / PageSize));
        // Example data (the training region) comes after the real solutions, whatever the sort.
        var realFirst = solutions.OrderBy(s => s.IsExample);
        var ordered = sort switch
        {
            "neueste" => realFirst.ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id),
            "titel" => realFirst.ThenBy(s => s.Title).ThenBy(s => s.Id),
            _ => realFirst.ThenByDescending(s => s.Reuses.Count(r => r.Status == ReuseStatus.Confirmed)).ThenBy(s => s.Title).ThenBy(s => s.Id),
        };
        var items = await ordered
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new SolutionCard(s.Slug, s.Title, s.Summary, s.Kind, s.Maturity, s.Licence, s.Region!.ShortName,
                s.Provider != null ? s.Provider.Name : null,
                s.Reuses.Count(r => r.Status == ReuseStatus.Confirmed), s.IsSynthetic)
            { IsExample = s.IsExample })
            .ToListAsync(cancellationToken);
        return new Page<SolutionCard>(items, pageNumber, PageSize, total);
    }

    public Task<SolutionFilterOptions> OptionsAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("solution-filter-options", async () =>
        {
            var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Slug, t.Name)).ToListAsync(cancellationToken);
            var regions = await db.Regions.AsNoTracking().Where(r => db.Set<Solution>().Any(s => s.RegionId == r.Id && s.IsPublished))
                .OrderBy(r => r.Name).Select(r => new Option(r.Slug, r.Name)).ToListAsync(cancellationToken);
            var licences = await db.Solutions.AsNoTracking().Where(s => s.IsPublished && s.Licence != null).Select(s => s.Licence!).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
            var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Option(p.Slug, p.Name)).ToListAsync(cancellationToken);
            return new SolutionFilterOptions(
                [.. SolutionVocabulary.Kinds.Select(k => new Option(k.Slug, k.Label))],
                topics,
                [.. SolutionVocabulary.Maturities.Select(m => new Option(m.Slug, m.Label))],
                [.. licences.Select(l => new Option(l, l)), new Option(NoLicence, "Lizenz nicht veröffentlicht")],
                regions,
                Sorts,
                programmes);
        });

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
