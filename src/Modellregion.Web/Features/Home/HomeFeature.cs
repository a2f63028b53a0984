using Microsoft.Extensions.DependencyInjection.Extensions;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Home;

public sealed class HomeFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<HeadlineFigures>();
        services.AddScoped<ProgrammeQueries>();
        services.TryAddScoped<PageSections>();
    }
}
