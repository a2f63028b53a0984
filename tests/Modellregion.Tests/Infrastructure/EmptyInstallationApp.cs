using Microsoft.AspNetCore.Hosting;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// The real app on a new, empty database started without demo data (<c>Database:SeedDemoData=false</c>), the way
/// another region starts its own installation: the official municipality directory is there, nothing else.
/// </summary>
public sealed class EmptyInstallationApp : ModellregionApp
{
    public override async Task InitializeAsync() => ConnectionString = await TestDatabase.CreateEmptyAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoData", "false");
    }
}
