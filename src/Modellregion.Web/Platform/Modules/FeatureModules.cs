using System.Reflection;

namespace Modellregion.Web.Platform.Modules;

/// <summary>Registers feature modules and maps their endpoints, in the order they were added.</summary>
public static class FeatureModules
{
    /// <summary>Adds a feature: records the module and registers its services.</summary>
    public static WebApplicationBuilder AddFeature<T>(this WebApplicationBuilder builder)
        where T : IFeatureModule, new()
    {
        var module = new T();
        Registered(builder.Services).Add(module);
        module.AddServices(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>Adds the middleware of every added feature, in their order.</summary>
    public static IApplicationBuilder UseFeatures(this IApplicationBuilder app)
    {
        foreach (var module in app.ApplicationServices.GetRequiredService<FeatureList>())
        {
            module.Use(app);
        }

        return app;
    }

    /// <summary>Maps the endpoints of every added feature.</summary>
    public static IEndpointRouteBuilder MapFeatures(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<FeatureList>())
        {
            module.Map(endpoints);
        }

        return endpoints;
    }

    /// <summary>
    /// Every feature module compiled into the app, for hosts that register no list of their own (the command
    /// line): a deleted feature folder simply is not found.
    /// </summary>
    public static IReadOnlyList<IFeatureModule> InAssembly(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeatureModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IFeatureModule)Activator.CreateInstance(t)!)];

    private static FeatureList Registered(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(FeatureList))?.ImplementationInstance is FeatureList list)
        {
            return list;
        }

        list = [];
        services.AddSingleton(list);
        return list;
    }
}

/// <summary>The feature modules of this app, in the order they were added.</summary>
public sealed class FeatureList : List<IFeatureModule>;
