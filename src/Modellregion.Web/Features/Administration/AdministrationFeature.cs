using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Administration;

/// <summary>The back office's entry: the overview of areas and what waits in them.</summary>
public sealed class AdministrationFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<BackOfficeAreas>().AddScoped<BackOfficeOverview>();
}
