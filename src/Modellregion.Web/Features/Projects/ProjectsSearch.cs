using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

/// <summary>The published projects in the global search: title, summary, description, partners, municipalities, results.</summary>
public sealed class ProjectsSearch : ISearchSource
{
    public const string KindName = "projekt";

    public string Kind => KindName;

    public string Label => "Projekte";

    public string LabelEn => "Projects";

    public int Order => 10;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Project), typeof(ProjectPartner), typeof(ProjectMunicipality), typeof(ProjectResult), typeof(Topic), typeof(Field), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity switch
    {
        Project project => [SearchKeys.Of(project.Id)],
        ProjectPartner partner => [SearchKeys.Of(partner.ProjectId)],
        ProjectMunicipality municipality => [SearchKeys.Of(municipality.ProjectId)],
        ProjectResult result => [SearchKeys.Of(result.ProjectId)],
        _ => null,
    };

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<Project>().Where(p => p.IsPublished).Select(p => p.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var projects = await db.Set<Project>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.IsPublished)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Title,
                p.Summary,
                p.Description,
                RegionSlug = p.Region!.Slug,
                RegionName = p.Region.Name,
                Programme = p.Programme != null ? p.Programme.Name : null,
                Field = p.Field != null ? p.Field.Name : null,
                Topics = p.Topics.Select(t => t.Name).ToList(),
                Partners = p.Partners.Select(x => x.Organisation!.Name).ToList(),
                Municipalities = p.Municipalities.Select(m => m.Municipality!.Name).ToList(),
                Results = p.Results.Select(r => r.Title).ToList(),
                p.StartsOn,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. projects.Select(p => new SearchEntry(
            SearchKeys.Of(p.Id),
            p.Id,
            p.Title,
            string.Join(" · ", new[] { p.Summary, p.Description, p.Field, string.Join(", ", p.Partners), string.Join(", ", p.Municipalities), string.Join(", ", p.Results) }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/projekte/{p.Slug}",
            p.RegionSlug,
            p.RegionName,
            p.Programme,
            p.Topics,
            p.StartsOn?.Year))];
    }
}
