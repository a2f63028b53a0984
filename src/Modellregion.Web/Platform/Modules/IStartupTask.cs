namespace Modellregion.Web.Platform.Modules;

/// <summary>
/// Work a feature does once at start-up, after the database is migrated and the demo data are loaded (building an
/// index that is still empty, say). Registered as a scoped service in the feature's <c>XxxFeature.cs</c>.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
