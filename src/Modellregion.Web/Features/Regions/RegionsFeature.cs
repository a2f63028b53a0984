using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Regions;

public sealed class RegionsFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        AddAuthorization(services.AddScoped<RegionQueries>().AddScoped<ManageRegions>().AddScoped<IOpenDataSet, RegionsOpenData>().AddSingleton<ISearchSource, RegionsSearch>()).TryAddScoped<PageSections>();

    public void AddCommandLineServices(IServiceCollection services) => AddAuthorization(services.AddScoped<ManageRegions>().AddSingleton<ISearchSource, RegionsSearch>());

    /// <summary>Authorization: who may set up regions (RegionsOperations).</summary>
    private static IServiceCollection AddAuthorization(IServiceCollection services) =>
        services.AddScoped<IAuthorizationHandler, RegionsAuthorization>();

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/regions").WithTags("Regionen");
        group.MapGet("/", async (RegionQueries regions, CancellationToken cancellationToken) => TypedResults.Ok(await regions.ListAsync(cancellationToken)))
            .WithName("ListRegions").WithSummary("Alle Modellregionen mit Zahl der Projekte und bewilligter Summe.");
        group.MapGet("/{slug}", async (string slug, RegionQueries regions, PageSections sections, CancellationToken cancellationToken) =>
                await regions.GetAsync(slug, cancellationToken) is { } region
                    ? Results.Ok(region with { Contributed = await sections.ContributedAsync("region", region.Id, cancellationToken) })
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Region nicht gefunden", detail: $"Es gibt keine Region „{slug}“."))
            .WithName("GetRegion").WithSummary("Eine Modellregion mit Partnern, Projektbüro und Projekten.")
            .Produces<RegionDetails>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
