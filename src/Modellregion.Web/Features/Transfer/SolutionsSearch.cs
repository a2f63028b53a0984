using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The published solutions of the catalogue in the global search, with the municipalities that reuse them.</summary>
public sealed class SolutionsSearch : ISearchSource
{
    public const string KindName = "loesung";

    public string Kind => KindName;

    public string Label => "Lösungen";

    public string LabelEn => "Solutions";

    public int Order => 20;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Solution), typeof(Reuse), typeof(Topic), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity switch
    {
        Solution solution => [SearchKeys.Of(solution.Id)],
        Reuse reuse => [SearchKeys.Of(reuse.SolutionId)],
        _ => null,
    };

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<Solution>().Where(s => s.IsPublished).Select(s => s.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var solutions = await db.Set<Solution>().AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsPublished)
            .Select(s => new
            {
                s.Id,
                s.Slug,
                s.Title,
                s.Summary,
                s.Description,
                s.Problem,
                s.Licence,
                RegionSlug = s.Region!.Slug,
                RegionName = s.Region.Name,
                Programme = s.Region.Programme!.Name,
                Topics = s.Topics.Select(t => t.Name).ToList(),
                Reusers = db.Set<Reuse>().Where(r => r.SolutionId == s.Id && r.Status == ReuseStatus.Confirmed && r.Municipality != null).Select(r => r.Municipality!.Name).ToList(),
                s.CreatedAt,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. solutions.Select(s => new SearchEntry(
            SearchKeys.Of(s.Id),
            s.Id,
            s.Title,
            string.Join(" · ", new[] { s.Summary, s.Problem, s.Description, s.Licence, string.Join(", ", s.Reusers) }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/loesungen/{s.Slug}",
            s.RegionSlug,
            s.RegionName,
            s.Programme,
            s.Topics,
            s.CreatedAt.Year))];
    }
}
