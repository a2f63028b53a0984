using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Tests.Features.Cli;

/// <summary>An operator sets up an installation from the command line: programme, region, board, a new password.</summary>
public sealed class SetupCommandTests : IAsyncLifetime
{
    private string _connection = "";

    public async Task InitializeAsync()
    {
        _connection = await TestDatabase.CreateEmptyAsync();
        Assert.Equal(0, (await RunAsync("import-municipalities")).Code);
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(_connection);

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync([.. args, "--provider", TestDatabase.ProviderName, "--connection", _connection], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<T> QueryAsync<T>(Func<IServiceProvider, AppDbContext, Task<T>> query)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        services.AddIdentityCore<ApplicationUser>(AccountFeature.ConfigureIdentity).AddEntityFrameworkStores<AppDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Programme_region_and_board_are_created_with_their_rules_and_municipalities_and_audited()
    {
        var programme = await RunAsync("create-programme", "--name", "Digitale Dörfer Westpfalz", "--slug", "dd-westpfalz", "--funder", "Land Rheinland-Pfalz",
            "--start", "2026-01-01", "--end", "2029-12-31", "--budget", "4500000", "--max-rate-municipality", "60", "--fund-request-months", "3", "--final-proof-months", "4");
        var region = await RunAsync("create-region", "--name", "Digitale Modellregion Westpfalz", "--short-name", "Westpfalz", "--programme", "dd-westpfalz",
            "--lead", "07312000", "--partner", "Enkenbach-Alsenborn", "--partner", "07335005", "--granting-authority", "ADD Trier", "--office-email", "buero@westpfalz.example");
        var board = await RunAsync("create-board", "--region", "westpfalz", "--name", "Digitalboard Westpfalz", "--quorum", "50");

        Assert.True(programme.Code == 0, programme.Error);
        Assert.Contains("/programme/dd-westpfalz", programme.Output);
        Assert.True(region.Code == 0, region.Error);
        Assert.Contains("/regionen/westpfalz", region.Output);
        Assert.True(board.Code == 0, board.Error);
        var rules = await QueryAsync((_, db) => db.Programmes.AsNoTracking().Where(p => p.Slug == "dd-westpfalz").Select(p => new { p.Rules, p.AnnouncedBudget }).SingleAsync());
        Assert.Equal((60m, 3, 4, 4_500_000m), (rules.Rules.MaxRateMunicipality, rules.Rules.FundRequestHorizonMonths, rules.Rules.FinalProofMonths, rules.AnnouncedBudget));
        var participants = await QueryAsync((_, db) => db.RegionParticipations.Where(p => p.Region!.Slug == "westpfalz").OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
            .Select(p => new { p.Role, p.Organisation!.Name }).ToListAsync());
        Assert.Equal(
            [(RegionRole.LeadMunicipality, "Stadt Kaiserslautern"), (RegionRole.CooperationPartner, "Enkenbach-Alsenborn"), (RegionRole.CooperationPartner, "Erzenhausen"), (RegionRole.GrantingAuthority, "ADD Trier")],
            participants.Select(p => (p.Role, p.Name)).ToList());
        Assert.True(await QueryAsync((_, db) => db.Boards.AnyAsync(b => b.Slug == "digitalboard-westpfalz" && b.Region!.Slug == "westpfalz")));
        var actors = await QueryAsync((_, db) => db.AuditEntries.Where(a => a.EntityType == "Programme" || a.EntityType == "Region" || a.EntityType == "Board").Select(a => a.ActorName).Distinct().ToListAsync());
        Assert.Equal(["Kommandozeile"], actors);
    }

    [Theory]
    [InlineData(new[] { "create-programme", "--name", "Programm X", "--start", "2030-01-01", "--end", "2029-01-01" }, "liegt vor dem Beginn")]
    [InlineData(new[] { "create-programme", "--name", "Programm X", "--start", "31.12.2024" }, "--start: „31.12.2024“ ist kein Datum")]
    [InlineData(new[] { "create-programme", "--name", "Programm X", "--max-rate-company", "120" }, "zwischen 0,01 und 100 %")]
    [InlineData(new[] { "create-programme", "--name", "Programm X", "--final-proof-months", "-3" }, "zwischen 1 und 24 Monaten")]
    [InlineData(new[] { "create-programme", "--name", "Programm X", "--fund-request-months", "2,5" }, "keine ganze Zahl")]
    [InlineData(new[] { "create-programme", "--name", "Programm 🎉" }, "darf keine Emojis")]
    [InlineData(new[] { "create-region", "--name", "Region X", "--short-name", "X", "--programme", "gibt-es-nicht", "--lead", "07312000" }, "Das Förderprogramm „gibt-es-nicht“ gibt es nicht.")]
    [InlineData(new[] { "create-board", "--region", "atlantis", "--name", "Board X" }, "Die Region „atlantis“ gibt es nicht.")]
    [InlineData(new[] { "reset-password", "--email", "niemand@test.example" }, "gibt es kein Konto")]
    public async Task Bad_input_is_refused_in_German_with_exit_code_2_and_nothing_is_stored(string[] args, string message)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Equal((0, 0, 0), await QueryAsync(async (_, db) => (await db.Programmes.CountAsync(), await db.Regions.CountAsync(), await db.Boards.CountAsync())));
    }

    [Fact]
    public async Task An_ambiguous_lead_lists_the_candidates_and_a_second_board_is_refused()
    {
        Assert.Equal(0, (await RunAsync("create-programme", "--name", "Digitale Region Oberfranken", "--slug", "dro")).Code);

        var ambiguous = await RunAsync("create-region", "--name", "Digitale Region Bamberg", "--short-name", "Bamberg", "--programme", "dro", "--lead", "Bamberg");
        Assert.Equal(2, ambiguous.Code);
        Assert.Contains("AGS 09461000", ambiguous.Error);
        Assert.Equal(0, await QueryAsync((_, db) => db.Regions.CountAsync()));

        Assert.Equal(0, (await RunAsync("create-region", "--name", "Digitale Region Bamberg", "--short-name", "Bamberg", "--programme", "dro", "--lead", "09461000")).Code);
        Assert.Equal(0, (await RunAsync("create-board", "--region", "bamberg", "--name", "Digitalboard Bamberg")).Code);
        var second = await RunAsync("create-board", "--region", "bamberg", "--name", "Noch ein Board");
        Assert.Equal(2, second.Code);
        Assert.Contains("hat bereits ein Digitalboard", second.Error);
        Assert.Equal(1, await QueryAsync((_, db) => db.Boards.CountAsync()));
    }

    [Fact]
    public async Task Reset_password_sets_a_new_generated_password_shown_once_and_the_old_one_stops_working()
    {
        Assert.Equal(0, (await RunAsync("create-user", "--email", "admin@test.example", "--name", "Admin", "--role", "administrator", "--password", "Altes-Passwort-2026")).Code);

        var (code, output, _) = await RunAsync("reset-password", "--email", "admin@test.example");

        Assert.Equal(0, code);
        var password = output[(output.LastIndexOf(':') + 1)..].Trim();
        Assert.Equal(20, password.Length);
        var (newWorks, oldWorks) = await QueryAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("admin@test.example"))!;
            return (await users.CheckPasswordAsync(user, password), await users.CheckPasswordAsync(user, "Altes-Passwort-2026"));
        });
        Assert.True(newWorks);
        Assert.False(oldWorks);
        var audit = await QueryAsync((_, db) => db.AuditEntries.Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
        Assert.DoesNotContain(audit, entry => entry.Contains(password, StringComparison.Ordinal));
    }
    [Fact]
    public async Task Reset_two_factor_switches_the_second_factor_off_and_discards_key_and_recovery_codes()
    {
        Assert.Equal(0, (await RunAsync("create-user", "--email", "buero@test.example", "--name", "Büro", "--role", "administrator", "--password", "Altes-Passwort-2026")).Code);
        var stampBefore = await QueryAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("buero@test.example"))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            return (await users.FindByEmailAsync("buero@test.example"))!.SecurityStamp;
        });

        var (code, output, _) = await RunAsync("reset-two-factor", "--email", "buero@test.example");

        Assert.Equal(0, code);
        Assert.Contains("abgeschaltet", output);
        var (enabled, key, codes, stamp) = await QueryAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("buero@test.example"))!;
            return (user.TwoFactorEnabled, await users.GetAuthenticatorKeyAsync(user), await users.CountRecoveryCodesAsync(user), user.SecurityStamp);
        });
        Assert.False(enabled);
        Assert.Null(key);
        Assert.Equal(0, codes);
        Assert.NotEqual(stampBefore, stamp);

        var unknown = await RunAsync("reset-two-factor", "--email", "niemand@test.example");
        Assert.NotEqual(0, unknown.Code);
        Assert.Contains("gibt es kein Konto", unknown.Error);
    }
}
