using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Home;

public sealed class IndexModel(HeadlineFigures headline, RegionQueries regions, NewsQueries news, AppDbContext db, PublicCache cache, ReuseFigures reuse) : PageModel
{
    public TransferFigures Reuse { get; private set; } = null!;

    public Figures Figures { get; private set; } = null!;
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public IReadOnlyList<ProjectCard> LatestProjects { get; private set; } = [];
    public IReadOnlyList<NewsCard> LatestNews { get; private set; } = [];
    public string? ProgrammeDescription { get; private set; }
    public string? ProgrammeName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await headline.ComputeAsync(cancellationToken);
        Reuse = await reuse.ComputeAsync(cancellationToken);
        Regions = await regions.ListAsync(cancellationToken);
        LatestNews = await cache.GetOrCreateAsync("latest-news", () => news.LatestAsync(3, cancellationToken));
        (ProgrammeName, ProgrammeDescription) = await cache.GetOrCreateAsync("programme", async () =>
        {
            var programme = await db.Programmes.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Name, p.Description }).FirstOrDefaultAsync(cancellationToken);
            return (programme?.Name, programme?.Description);
        });
        LatestProjects = await cache.GetOrCreateAsync("latest-projects", () => LatestProjectsAsync(cancellationToken));
    }

    private async Task<IReadOnlyList<ProjectCard>> LatestProjectsAsync(CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.IsPublished)
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Take(6)
            .Select(p => new ProjectCard(p.Slug, p.Title, p.Summary, p.Region!.ShortName, p.Region.Slug, p.Status, p.Field != null ? p.Field.Name : null,
                p.ApprovedGrant,
                p.Partners.Where(x => x.Role == PartnerRole.Lead).Select(x => x.Organisation!.Name).FirstOrDefault(), p.IsSynthetic))
            .ToListAsync(cancellationToken);
}
