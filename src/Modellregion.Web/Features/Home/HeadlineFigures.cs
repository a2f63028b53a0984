using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Home;

public sealed record Figures(int Regions, int Projects, int ProjectsWithPublishedGrant, decimal ApprovedTotal, int Municipalities, int ClosedProjects);

/// <summary>The start page's headline figures, computed from the data (never typed in).</summary>
public sealed class HeadlineFigures(AppDbContext db, PublicCache cache)
{
    public Task<Figures> ComputeAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("headline-figures", () => ComputeUncachedAsync(cancellationToken));

    private async Task<Figures> ComputeUncachedAsync(CancellationToken cancellationToken)
    {
        var published = db.Projects.AsNoTracking().Where(p => p.IsPublished);
        var regions = await db.Regions.CountAsync(cancellationToken);
        var projects = await published.CountAsync(cancellationToken);
        var closed = await published.CountAsync(p => p.Status == ProjectStatus.Closed, cancellationToken);
        var currentGrants = published.Select(p => p.ApprovedGrant);
        var withGrant = await currentGrants.CountAsync(g => g != null, cancellationToken);
        var approved = await currentGrants.SumAsync(g => g, cancellationToken) ?? 0m;

        // Municipalities involved: places of published projects and municipalities that are partners in a region.
        var places = db.ProjectMunicipalities.Where(m => m.Project!.IsPublished).Select(m => m.Ags);
        var partners = db.RegionParticipations.Where(p => p.Organisation!.MunicipalityAgs != null).Select(p => p.Organisation!.MunicipalityAgs!);
        var municipalities = await places.Union(partners).CountAsync(cancellationToken);

        return new Figures(regions, projects, withGrant, approved, municipalities, closed);
    }
}

public static class HomeFeature
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<HeadlineFigures>();
        return services;
    }
}
