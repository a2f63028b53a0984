using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Audit;

public sealed class AuditFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditQueries>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<ILastChange, AuditLastChange>();
        services.AddSingleton<IBackOfficeArea, AuditBackOffice>();

        // Authorization: who may open the audit viewer (AuditOperations)
        services.AddScoped<IAuthorizationHandler, AuditAuthorization>();
    }

    public void AddCommandLineServices(IServiceCollection services) =>
        services.AddSingleton<IFeatureCommand, VerifyAuditCommand>();
}
