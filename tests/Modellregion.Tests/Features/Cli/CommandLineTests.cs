using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;

namespace Modellregion.Tests.Features.Cli;

/// <summary>An operator sets up a database from the command line, on SQLite or PostgreSQL.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private string _connection = "";

    public async Task InitializeAsync() => _connection = await TestDatabase.CreateEmptyAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_connection);

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync([.. args, "--provider", TestDatabase.ProviderName, "--connection", _connection], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Migrate_then_import_twice_then_seed_then_create_a_user_with_a_scoped_role()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Code);

        var first = await RunAsync("import-municipalities");
        var second = await RunAsync("import-municipalities");
        Assert.Equal(0, first.Code);
        Assert.Contains("Gemeinden: 10793 neu", first.Output);
        Assert.Contains("Gemeinden: 0 neu, 0 geändert", second.Output);

        var seed = await RunAsync("seed");
        Assert.Equal(0, seed.Code);
        Assert.Contains("Demodaten geladen", seed.Output);
        Assert.Contains("bereits Daten", (await RunAsync("seed")).Output);

        var user = await RunAsync("create-user", "--email", "buero@test.example", "--name", "Büro OWL", "--role", "projektbuero", "--region", "owl");
        Assert.Equal(0, user.Code);
        Assert.Contains("Passwort (wird nur einmal angezeigt): ", user.Output);

        var role = await QueryAsync(db => db.RoleAssignments.Include(a => a.Region).Include(a => a.User).SingleAsync(a => a.User!.Email == "buero@test.example"));
        Assert.Equal((AppRole.ProjectOffice, "owl"), (role.Role, role.Region!.Slug));
        Assert.Equal(5, await QueryAsync(db => db.Regions.CountAsync(r => !r.IsExample)));
        Assert.Equal("uebungsregion", await QueryAsync(db => db.Regions.Where(r => r.IsExample).Select(r => r.Slug).SingleAsync()));
    }

    [Theory]
    [InlineData("unbekannt", null, null, "Unbekannte Rolle")]
    [InlineData("projektbuero", null, null, "Das Projektbüro gehört zu einer Region")]
    [InlineData("projektleitung", null, "gibt-es-nicht", "Das Projekt „gibt-es-nicht“ gibt es nicht.")]
    [InlineData("lesezugriff", "atlantis", null, "Die Region „atlantis“ gibt es nicht.")]
    public async Task Create_user_refuses_bad_input_with_exit_code_2_and_stores_nothing(string role, string? region, string? project, string message)
    {
        await RunAsync("seed");
        var args = new List<string> { "create-user", "--email", "x@test.example", "--name", "X", "--role", role };
        if (region is not null)
        {
            args.AddRange(["--region", region]);
        }

        if (project is not null)
        {
            args.AddRange(["--project", project]);
        }

        var (code, _, error) = await RunAsync([.. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.False(await QueryAsync(db => db.Users.AnyAsync(u => u.Email == "x@test.example")));
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_German()
    {
        await RunAsync("migrate");

        var (code, _, error) = await RunAsync("create-user", "--email", "a@test.example", "--name", "A", "--role", "administrator", "--password", "kurz");

        Assert.Equal(2, code);
        Assert.Contains("mindestens 12 Zeichen", error);
    }

    [Fact]
    public async Task Synthetic_data_is_marked_and_counted()
    {
        await RunAsync("seed");

        var (code, output, _) = await RunAsync("seed-synthetic", "--projects", "1000", "--regions", "2");

        Assert.Equal(0, code);
        Assert.Contains("2 Regionen, 1000 Projekte", output);
        Assert.Equal(1000, await QueryAsync(db => db.Projects.CountAsync(p => p.IsSynthetic && p.Title.Contains("(synthetisch)"))));
        Assert.Equal(2, await QueryAsync(db => db.Regions.CountAsync(r => r.IsSynthetic)));
        Assert.Equal(0, await QueryAsync(db => db.Projects.CountAsync(p => p.IsSynthetic && !p.Municipalities.Any())));
        var regionMunicipalities = await QueryAsync(db => db.Municipalities.CountAsync());
        var covered = await QueryAsync(db => db.ProjectMunicipalities.Where(m => m.Project!.IsSynthetic).Select(m => m.Ags).Distinct().CountAsync());
        Assert.Equal(regionMunicipalities, covered);
    }

    [Fact]
    public async Task Synthetic_data_can_bring_published_solutions()
    {
        await RunAsync("seed");

        var (code, output, _) = await RunAsync("seed-synthetic", "--projects", "200", "--regions", "2", "--solutions", "40");

        Assert.Equal(0, code);
        Assert.Contains("40 Lösungen", output);
        Assert.Equal(40, await QueryAsync(db => db.Solutions.CountAsync(s => s.IsSynthetic && s.IsPublished && s.Title.Contains("(synthetisch)"))));
    }

    [Fact]
    public async Task Synthetic_fund_requests_match_their_accounts_and_stay_within_the_grant()
    {
        await RunAsync("seed");

        var (code, output, _) = await RunAsync("seed-synthetic", "--projects", "300", "--regions", "3", "--fund-requests", "1000");

        Assert.Equal(0, code);
        Assert.Contains("1000 Mittelabrufe", output);
        Assert.Equal(1000, await QueryAsync(db => db.FundRequests.CountAsync(r => r.Project!.IsSynthetic)));
        var accounts = await QueryAsync(db => db.FundingAccounts.Where(a => a.Project!.IsSynthetic)
            .Select(a => new
            {
                a.Requested,
                a.Paid,
                Grant = a.Project!.ApprovedGrant,
                PaidRequests = db.Set<FundRequest>().Where(r => r.ProjectId == a.ProjectId && r.Status == FundRequestStatus.Paid).Sum(r => r.PaidAmount),
                OpenRequests = db.Set<FundRequest>().Where(r => r.ProjectId == a.ProjectId && (r.Status == FundRequestStatus.Submitted || r.Status == FundRequestStatus.Forwarded)).Sum(r => r.Amount),
            })
            .ToListAsync());
        Assert.NotEmpty(accounts);
        Assert.All(accounts, a =>
        {
            Assert.Equal(a.PaidRequests ?? 0m, a.Paid);
            Assert.Equal(a.OpenRequests, a.Requested);
            Assert.True(a.Paid + a.Requested <= a.Grant);
        });
        Assert.Equal(0, await QueryAsync(db => db.Projects.CountAsync(p => p.IsSynthetic && p.ApprovedGrant != null && p.Plan.RequestedGrant != p.ApprovedGrant)));
    }

    [Fact]
    public async Task Synthetic_board_data_is_marked_and_counted()
    {
        await RunAsync("seed");

        var (code, output, _) = await RunAsync("seed-synthetic-board", "--meetings", "12", "--agenda-items", "50");
        var (badCode, _, badError) = await RunAsync("seed-synthetic-board", "--meetings", "0");

        Assert.Equal(0, code);
        Assert.Contains("12 Sitzungen, 50 Tagesordnungspunkte, 50 Vorlagen", output);
        Assert.Equal(12, await QueryAsync(db => db.Meetings.CountAsync(m => m.IsSynthetic && m.Name.StartsWith("Beispielsitzung") && m.Name.EndsWith("(synthetisch)"))));
        Assert.Equal(50, await QueryAsync(db => db.AgendaItems.CountAsync(i => i.IsSynthetic)));
        Assert.Equal(50, await QueryAsync(db => db.Papers.CountAsync(p => p.IsSynthetic && p.Title.Contains("(synthetisch)"))));
        Assert.True(await QueryAsync(db => db.Boards.AllAsync(b => !b.IsSynthetic || b.Name.Contains("(synthetisch)"))));
        Assert.Equal(2, badCode);
        Assert.Contains("--meetings", badError);
    }

    [Fact]
    public async Task Unknown_provider_is_a_clear_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Commands.RunAsync(["migrate", "--provider", "oracle"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("Unbekannter Datenbank-Provider", error.ToString());
    }
}
