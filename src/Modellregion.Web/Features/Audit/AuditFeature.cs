using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Audit;

public sealed class AuditFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditQueries>();

        // Authorization: who may open the audit viewer (AuditOperations)
        services.AddScoped<IAuthorizationHandler, AuditAuthorization>();
    }
}
