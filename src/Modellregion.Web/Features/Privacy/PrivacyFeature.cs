using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Privacy;

/// <summary>
/// Data protection for the office: the register of processing activities (Art. 30 GDPR) the features contribute
/// (<see cref="ProcessingActivity"/>), and access and erasure on request for one person across every feature
/// (<see cref="IPersonalDataSource"/>).
/// </summary>
public sealed class PrivacyFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PersonalDataRequests>();
        services.AddScoped<ProcessingRegister>();
        services.AddSingleton<IBackOfficeArea, PrivacyBackOffice>();

        // The register of the platform itself: the operation of the web server and the back office.
        services.AddSingleton(new ProcessingActivity(5, PrivacyTexts.Of("Activity.Operation.Name"), PrivacyTexts.Of("Activity.Operation.Purpose"),
            PrivacyTexts.Of("Activity.Operation.LegalBasis"), PrivacyTexts.Of("Activity.Operation.Subjects"), PrivacyTexts.Of("Activity.Operation.Categories"),
            PrivacyTexts.Of("Activity.Operation.Recipients"), PrivacyTexts.Of("Activity.Operation.Retention"), "Platform"));

        // Authorization: who reads the register and who answers requests (PrivacyOperations)
        services.AddScoped<IAuthorizationHandler, PrivacyAuthorization>();
    }
}
