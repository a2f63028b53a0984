using Microsoft.AspNetCore.Hosting;

namespace Modellregion.Tests.Infrastructure;

/// <summary>The app with its caches switched off: every request does its whole work, as the first visitor's does.</summary>
public sealed class UncachedApp : ModellregionApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicCache:Enabled", "false");
        builder.UseSetting("OutputCache:Enabled", "false");
    }
}
