namespace Modellregion.Web.Platform.Modules;

/// <summary>
/// A feature of the product as one unit (docs/architecture.md, "Module"): everything it contributes is registered
/// here — its use cases, its authorization handlers, audit vocabulary, texts, back-office tabs and dashboard items,
/// page sections, demo data, commands and background jobs — and nowhere else. The web app lists its features once
/// in <c>Program.cs</c> (<see cref="FeatureModules.AddFeature{T}"/>); the command line finds the same modules in the
/// assembly. Deleting a feature's folder and its line leaves an app that builds and works.
/// </summary>
public interface IFeatureModule
{
    /// <summary>The services of the web app: use cases, handlers, contributions, hosted jobs.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// The services the command line needs (use cases and authorization handlers of its commands, the commands
    /// themselves). The command line acts without a request, so nothing here may depend on one.
    /// </summary>
    void AddCommandLineServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Middleware the feature needs before routing (e.g. the OParl error answers); runs where
    /// <see cref="FeatureModules.UseFeatures"/> stands in the pipeline.
    /// </summary>
    void Use(IApplicationBuilder app)
    {
    }

    /// <summary>The feature's endpoints beside its Razor Pages (JSON API, files, calendars).</summary>
    void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
