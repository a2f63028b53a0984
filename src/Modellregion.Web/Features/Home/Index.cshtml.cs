using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Home;

public sealed class IndexModel(HeadlineFigures headline, ProgrammeQueries programmes, RegionQueries regions, AppDbContext db, PublicCache cache, PageSections sections) : PageModel
{
    /// <summary>What other features show on the start page (reuse figures, latest news …).</summary>
    public SectionSet Sections { get; private set; } = SectionSet.Empty;

    public Figures Figures { get; private set; } = null!;
    public IReadOnlyList<ProgrammeSummary> Programmes { get; private set; } = [];

    /// <summary>Each programme's own figures, when there are several.</summary>
    public IReadOnlyDictionary<int, Figures> ProgrammeFigures { get; private set; } = new Dictionary<int, Figures>();
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public IReadOnlyList<RegionSummary> ExampleRegions { get; private set; } = [];
    public IReadOnlyList<ProjectCard> LatestProjects { get; private set; } = [];

    /// <summary>Nothing set up yet: no programme, no region, no project.</summary>
    public bool IsEmpty => Programmes.Count == 0 && Figures.IsEmpty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Programmes = await programmes.ListAsync(cancellationToken);
        Figures = await headline.ComputeAsync(null, cancellationToken);
        if (Programmes.Count > 1)
        {
            var figures = new Dictionary<int, Figures>();
            foreach (var programme in Programmes)
            {
                figures[programme.Id] = await headline.ComputeAsync(programme.Id, cancellationToken);
            }

            ProgrammeFigures = figures;
        }

        var all = await regions.ListAsync(cancellationToken);
        Regions = [.. all.Where(r => !r.IsExample)];
        ExampleRegions = [.. all.Where(r => r.IsExample)];
        Sections = await sections.LoadAsync("home", null, cancellationToken);
        LatestProjects = await cache.GetOrCreateAsync("latest-projects", () => LatestProjectsAsync(cancellationToken));
    }

    public FiguresView View(Figures figures, string? programme) => new(figures, programme, ExampleRegions.Count > 0);

    private async Task<IReadOnlyList<ProjectCard>> LatestProjectsAsync(CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.IsPublished)
            .WithoutExamples()
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Take(6)
            .Select(p => new ProjectCard(p.Slug, p.Title, p.Summary, p.Region!.ShortName, p.Region.Slug, p.Status, p.Field != null ? p.Field.Name : null,
                p.ApprovedGrant,
                p.Partners.Where(x => x.Role == PartnerRole.Lead).Select(x => x.Organisation!.Name).FirstOrDefault(), p.IsSynthetic))
            .ToListAsync(cancellationToken);
}
