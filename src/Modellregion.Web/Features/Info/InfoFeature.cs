using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Info;

public sealed class InfoFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OperatorDetailsQueries>().AddScoped<SaveOperatorDetails>();
        services.TryAddScoped<PageSections>();

        // Authorization: who may edit the operator's details (InfoOperations)
        services.AddScoped<IAuthorizationHandler, InfoAuthorization>();
    }
}
