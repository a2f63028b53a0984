using Microsoft.EntityFrameworkCore;

namespace Modellregion.Web.Data;

/// <summary>
/// A feature's share of the model: which of its entities are tables, and their names. Each feature keeps one
/// subclass beside its sets (<c>Features/Xxx/XxxData.cs</c>); <see cref="AppDbContext"/> applies every one compiled
/// into the app, as it applies the entity configurations. A deleted feature's tables simply leave the model.
/// </summary>
public abstract class FeatureTables
{
    public abstract void Map(ModelBuilder builder);

    internal static void ApplyAll(ModelBuilder builder)
    {
        foreach (var type in typeof(FeatureTables).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(FeatureTables)))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            ((FeatureTables)Activator.CreateInstance(type, nonPublic: true)!).Map(builder);
        }
    }
}
