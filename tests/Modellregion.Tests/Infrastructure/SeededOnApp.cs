using Microsoft.AspNetCore.Hosting;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// The app on an empty database of its own that the start-up loads with the demo data on a given day, as a fresh
/// start on that day would (the business clock is set to it). Optionally with the first administrator, as outside tests.
/// </summary>
public sealed class SeededOnApp : FundingApp
{
    private readonly bool _firstAdministrator;

    public SeededOnApp(DateOnly day, bool firstAdministrator = false)
    {
        Clock.Set(day);
        _firstAdministrator = firstAdministrator;
    }

    public override async Task InitializeAsync() => ConnectionString = await TestDatabase.CreateEmptyAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:CreateFirstAdministrator", _firstAdministrator ? "true" : "false");
        builder.UseSetting("Transfer:RemindersEnabled", "false");
    }
}
