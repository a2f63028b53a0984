using Microsoft.AspNetCore.Authorization;

namespace Modellregion.Web.Features.Audit;

public static class AuditFeature
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditQueries>();

        // Authorization: who may open the audit viewer (AuditOperations)
        services.AddScoped<IAuthorizationHandler, AuditAuthorization>();
        return services;
    }
}
