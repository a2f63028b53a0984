using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Info;

public sealed class InfoFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<OperatorDetailsQueries>().AddScoped<SaveOperatorDetails>()

            // Authorization: who may edit the operator's details (InfoOperations)
            .AddScoped<IAuthorizationHandler, InfoAuthorization>();
}
