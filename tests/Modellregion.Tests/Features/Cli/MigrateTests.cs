using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Cli;

/// <summary>
/// In a cluster the database is migrated once, by <c>migrate</c>, and the nodes start with
/// <c>Database:MigrateOnStart=false</c>: a node refuses to start on a database with pending migrations, with a clear
/// message and a non-zero exit code, and starts once <c>migrate</c> has run. Two <c>migrate</c> at once take turns.
/// </summary>
public sealed class MigrateTests(ITestOutputHelper output) : IAsyncLifetime
{
    private string _connection = "";
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("modellregion-migrate-test-").FullName;

    public async Task InitializeAsync() => _connection = await TestDatabase.CreateEmptyAsync();

    public async Task DisposeAsync()
    {
        await TestDatabase.DropAsync(_connection);
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned up by the system.
        }
    }

    [Fact]
    public async Task Two_migrate_commands_at_once_both_succeed_and_leave_nothing_pending()
    {
        var runs = TestDatabase.Provider == DatabaseProvider.Postgres
            ? await Task.WhenAll(MigrateAsync(), MigrateAsync())
            : [await MigrateAsync(), await MigrateAsync()];

        foreach (var (code, text) in runs)
        {
            Assert.True(code == 0, text);
            Assert.Contains("Datenbank ist auf dem neuesten Stand.", text);
        }

        Assert.Empty(await PendingAsync());
    }

    [Fact]
    public async Task A_node_without_migrate_on_start_refuses_a_database_with_pending_migrations_and_starts_after_migrate()
    {
        var web = WebProcess.BuildOutput();
        if (web is null)
        {
            output.WriteLine("Übersprungen: die Build-Ausgabe von Modellregion.Web wurde nicht gefunden.");
            return;
        }

        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = TestDatabase.ProviderName,
            ["ConnectionStrings__Modellregion"] = _connection,
            ["Database__MigrateOnStart"] = "false",
            ["Database__SeedDemoData"] = "false",
            ["Database__CreateFirstAdministrator"] = "false",
            ["Https__Redirect"] = "false",
            ["Email__PickupDirectory"] = Path.Combine(_folder, "mail"),
        };

        var port = WebProcess.FreePort();
        await using (var refused = WebProcess.Start(web.Value, "Knoten", settings, "--urls", $"http://127.0.0.1:{port}"))
        {
            var code = await refused.WaitForExitAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"Start ohne Migration: Code {code}");
            Assert.NotEqual(0, code);
            Assert.Contains("Start abgebrochen", refused.Log);
            Assert.Contains("Modellregion.Web migrate", refused.Log);
        }

        Assert.NotEmpty(await PendingAsync());

        await using (var migrate = WebProcess.Start(web.Value, "migrate", settings, "migrate"))
        {
            var code = await migrate.WaitForExitAsync(TimeSpan.FromSeconds(120));
            output.WriteLine(migrate.Log);
            Assert.Equal(0, code);
            Assert.Contains("Migration(en) eingespielt", migrate.Log);
        }

        Assert.Empty(await PendingAsync());

        await using (var again = WebProcess.Start(web.Value, "migrate", settings, "migrate"))
        {
            Assert.Equal(0, await again.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains("keine Migration ausstehend", again.Log);
        }

        await using var node = WebProcess.Start(web.Value, "Knoten", settings, "--urls", $"http://127.0.0.1:{port}");
        await node.WaitHealthyAsync(new Uri($"http://127.0.0.1:{port}"), TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/projekte")).StatusCode);
    }

    private async Task<(int Code, string Text)> MigrateAsync()
    {
        using var text = new StringWriter();
        var code = await Commands.RunAsync(["migrate", "--provider", TestDatabase.ProviderName, "--connection", _connection], text, text);
        return (code, text.ToString());
    }

    private async Task<List<string>> PendingAsync()
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return [.. await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync()];
    }
}
