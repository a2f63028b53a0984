using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>Reuse declarations wait for the project office; inactive cases remind their owner once per period.</summary>
public sealed class ReuseAndReminderTests(TransferApp app) : IClassFixture<TransferApp>
{
    private const string Solution = "/loesungen/lorawan-funknetz-mit-city-dashboard";
    private const string DeclareUrl = Solution + "/nachnutzung-melden";

    private static Dictionary<string, object?> Declaration(string municipality, string since = "2024-05-01") => new()
    {
        ["Input.Municipality"] = municipality,
        ["Input.Since"] = since,
        ["Input.ContactName"] = "Hanna Beispiel",
        ["Input.ContactEmail"] = "hanna@example.org",
        ["Input.Note"] = "Zwölf Sensoren an Pumpwerken.",
        ["Input.Consent"] = true,
    };

    [Fact]
    public async Task A_declared_reuse_is_public_only_after_the_office_confirms_it()
    {
        var response = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(DeclareUrl, "main form[method=post]", Declaration("Salzkotten"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reuse = await app.WithDbAsync(db => db.Reuses.SingleAsync(r => r.MunicipalityAgs == "05774036"));
        Assert.Equal(ReuseStatus.Declared, reuse.Status);
        Assert.DoesNotContain("Salzkotten", (await app.Browser().GetPageAsync(Solution)).Text("#wer-nutzt + *"));

        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var refused = await aachen.PostAsSessionAsync("/verwaltung/transfer/nachnutzungen?handler=Confirm", new() { ["id"] = reuse.Id.ToString(CultureInfo.InvariantCulture), ["version"] = reuse.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var owl = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var list = await owl.GetPageAsync("/verwaltung/transfer/nachnutzungen");
        Assert.Contains("Salzkotten", list.Text($"#meldung-{reuse.Id}"));
        var confirmed = await owl.SubmitAsync(list, "/verwaltung/transfer/nachnutzungen", $"#meldung-{reuse.Id} form[action*=Confirm]", []);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(ReuseStatus.Confirmed, (await app.WithDbAsync(db => db.Reuses.SingleAsync(r => r.Id == reuse.Id))).Status);
        var page = await app.Browser().GetPageAsync(Solution);
        Assert.Contains("Salzkotten", page.Text("#wer-nutzt + ul"));
        Assert.Contains("im Betrieb seit 01.05.2024", page.Text("#wer-nutzt + ul"));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_keeps_the_reuse_private()
    {
        await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(DeclareUrl, "main form[method=post]", Declaration("Borchen"));
        var reuse = await app.WithDbAsync(db => db.Reuses.SingleAsync(r => r.MunicipalityAgs == "05774012"));
        var owl = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var list = await owl.GetPageAsync("/verwaltung/transfer/nachnutzungen");

        var withoutReason = await owl.SubmitAsync(list, "/verwaltung/transfer/nachnutzungen", $"#meldung-{reuse.Id} form[action*=Reject]", []);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Bitte geben Sie einen Grund für die Ablehnung an.", await withoutReason.BodyAsync());

        list = await owl.GetPageAsync("/verwaltung/transfer/nachnutzungen");
        var rejected = await owl.SubmitAsync(list, "/verwaltung/transfer/nachnutzungen", $"#meldung-{reuse.Id} form[action*=Reject]", new() { ["RejectionReason"] = "Nur ein Test, kein Betrieb." });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ReuseStatus.Rejected, (await app.WithDbAsync(db => db.Reuses.SingleAsync(r => r.Id == reuse.Id))).Status);
        Assert.DoesNotContain("Borchen", (await app.Browser().GetPageAsync(Solution)).Text("main"));
    }

    [Theory]
    [InlineData("Input.Since", "2099-01-01", "nicht in der Zukunft")]
    [InlineData("Input.Since", "", "seit wann Sie die Lösung im Betrieb nutzen")]
    [InlineData("Input.Municipality", "Nirgendwo-am-See", "steht nicht im amtlichen Gemeindeverzeichnis")]
    [InlineData("Input.Consent", false, "Datenschutzhinweisen")]
    [InlineData("Input.Note", "Zu lang", "höchstens 1.000 Zeichen")]
    public async Task Bad_declarations_are_refused_and_nothing_is_stored(string field, object value, string message)
    {
        var before = await app.WithDbAsync(db => db.Reuses.CountAsync());
        var values = Declaration("Hövelhof");
        values[field] = field == "Input.Note" ? new string('x', 1001) : value;

        var response = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(DeclareUrl, "main form[method=post]", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#fehler"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Reuses.CountAsync()));
    }

    [Fact]
    public async Task The_same_municipality_cannot_declare_the_same_solution_twice()
    {
        var first = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(DeclareUrl, "main form[method=post]", Declaration("Bad Wünnenberg"));
        var second = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(DeclareUrl, "main form[method=post]", Declaration("Bad Wünnenberg"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("bereits gemeldet", await second.BodyAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Reuses.CountAsync(r => r.MunicipalityAgs == "05774040")));
    }

    [Fact]
    public async Task An_inactive_case_reminds_its_owner_once_per_period_even_after_a_restart()
    {
        var (email, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl", name: "Olga Owner");
        var ownerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var lastActivity = DateTime.UtcNow.AddDays(-20);
        var id = await TransferTestData.NewCaseAsync(app, ags: "05774004", lastActivity: lastActivity, ownerId: ownerId);
        var fresh = await TransferTestData.NewCaseAsync(app, ags: "05774008", ownerId: ownerId);
        var mails = app.Mails().Count;

        async Task<int> RunAsync(DateTime? now = null)
        {
            // A new scope each time, like the background service after a restart: only the database remembers.
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TransferReminders>().RunAsync(now);
        }

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        Assert.Equal(0, await RunAsync(DateTime.UtcNow.AddHours(5)));

        var sent = app.Mails().Skip(mails).ToList();
        var reminder = Assert.Single(sent);
        Assert.Equal(email, reminder.To.Mailboxes.Single().Address);
        Assert.Contains(SubmitInterest.CaseNumber(id), reminder.Subject);
        Assert.Contains("ohne Aktivität", reminder.Subject);
        Assert.Contains($"http://localhost/verwaltung/transfer/faelle/{id}", reminder.TextBody);
        var stored = await app.WithDbAsync(db => db.TransferReminders.SingleAsync(r => r.TransferCaseId == id));
        Assert.Equal(email, stored.SentTo);
        Assert.Equal(0, await app.WithDbAsync(db => db.TransferReminders.CountAsync(r => r.TransferCaseId == fresh)));

        // New activity starts a new period: after another quiet stretch the owner is reminded again.
        await app.WithDbAsync(async db =>
        {
            var c = await db.TransferCases.SingleAsync(x => x.Id == id);
            c.LastActivityAt = DateTime.UtcNow.AddDays(-1);
            await db.SaveChangesAsync();
        });
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, await RunAsync(DateTime.UtcNow.AddDays(15)));
        Assert.Equal(2, await app.WithDbAsync(db => db.TransferReminders.CountAsync(r => r.TransferCaseId == id)));
    }

    [Fact]
    public async Task An_inactive_case_without_an_owner_reminds_the_project_office_of_its_region()
    {
        var (first, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl", name: "Paula Projektbüro");
        var (second, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl", name: "Peter Projektbüro");
        var (elsewhere, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "aachen", name: "Anna Aachen");
        var id = await TransferTestData.NewCaseAsync(app, ags: "05774016", lastActivity: DateTime.UtcNow.AddDays(-30));
        var mails = app.Mails().Count;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<TransferReminders>().RunAsync() >= 1);
        }

        var sent = app.Mails().Skip(mails).Where(m => m.Subject?.Contains(SubmitInterest.CaseNumber(id), StringComparison.Ordinal) == true).ToList();
        var recipients = sent.Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Contains(first, recipients);
        Assert.Contains(second, recipients);
        Assert.DoesNotContain(elsewhere, recipients);
        Assert.All(sent, m => Assert.Contains("noch keine zuständige Person", m.TextBody));
        Assert.All(sent, m => Assert.Contains($"http://localhost/verwaltung/transfer/faelle/{id}", m.TextBody));
        Assert.Single(await app.WithDbAsync(db => db.TransferReminders.Where(r => r.TransferCaseId == id).ToListAsync()));
    }
}

/// <summary>The address for links outside a request: configured, else the address the server listens on.</summary>
public sealed class SiteAddressTests
{
    private sealed class FakeServer(params string[] addresses) : Microsoft.AspNetCore.Hosting.Server.IServer
    {
        public Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = Create(addresses);

        private static Microsoft.AspNetCore.Http.Features.FeatureCollection Create(string[] addresses)
        {
            var features = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
            var feature = new Microsoft.AspNetCore.Hosting.Server.Features.ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            features.Set<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>(feature);
            return features;
        }

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(Microsoft.AspNetCore.Hosting.Server.IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static Modellregion.Web.Platform.SiteAddress Address(string? configured, params string[] listening)
    {
        var services = new ServiceCollection().AddSingleton<Microsoft.AspNetCore.Hosting.Server.IServer>(new FakeServer(listening)).BuildServiceProvider();
        return new Modellregion.Web.Platform.SiteAddress(Microsoft.Extensions.Options.Options.Create(new Modellregion.Web.Platform.SiteOptions { PublicBaseUrl = configured }), services);
    }

    [Fact]
    public void The_older_transfer_setting_still_sets_the_address_of_every_link()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Transfer:PublicBaseUrl"] = "https://alt.example/" }).Build();
        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration).AddLogging();
        services.AddPlatform();
        new Modellregion.Web.Features.Transfer.TransferFeature().AddServices(services, configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal("https://alt.example", provider.GetRequiredService<Modellregion.Web.Platform.SiteAddress>().ForBackground());
    }

    [Fact]
    public void The_configured_address_wins_without_its_trailing_slash()
    {
        Assert.Equal("https://modellregion.example", Address("https://modellregion.example/", "http://[::]:8080").ForBackground());
    }

    [Theory]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:5000", "http://localhost:5000")]
    [InlineData("http://+:80", "http://localhost:80")]
    [InlineData("https://portal.example:8443", "https://portal.example:8443")]
    public void Without_configuration_background_links_use_the_servers_address(string listening, string expected)
    {
        Assert.Equal(expected, Address(null, listening).ForBackground());
    }

    [Fact]
    public void An_https_address_is_preferred()
    {
        Assert.Equal("https://portal.example:8443", Address(null, "http://portal.example:8080", "https://portal.example:8443").ForBackground());
    }

    [Fact]
    public void Without_configuration_and_server_address_the_fallback_is_localhost()
    {
        Assert.Equal("http://localhost", Address(null).ForBackground());
    }
}
