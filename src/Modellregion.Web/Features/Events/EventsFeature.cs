using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// Events and the Digitalkongress: registration without an account (double opt-in), capacities per registration
/// type that are never exceeded, and a waitlist that offers freed places in order.
/// </summary>
public sealed class EventsFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventsOptions>(configuration.GetSection(EventsOptions.Section));
        services.AddScoped<Register>();
        services.AddScoped<ConfirmRegistration>();
        services.AddScoped<ManageRegistration>();
        services.AddScoped<Waitlist>();
        services.AddHostedService<WaitlistService>();
    }

    /// <summary>The command line needs nothing of events yet.</summary>
    public void AddCommandLineServices(IServiceCollection services)
    {
    }
}
