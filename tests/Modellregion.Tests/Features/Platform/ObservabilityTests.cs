using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modellregion.Tests.Features.Audit;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;
using Npgsql;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The app behind its reverse proxy at 10.255.0.1, with Prometheus allowed from 10.20.0.0/16 and mail into a folder.
/// The client address comes from a test header, so a test can send as the proxy, as the scraper or as anyone else.
/// </summary>
public class ObservedApp : ModellregionApp
{
    public const string Proxy = "10.255.0.1";
    public const string ClientHeader = "X-Test-Client";

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "modellregion-observed-mail-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
        builder.UseSetting("Metrics:AllowedNetworks:0", "10.20.0.0/16");
        builder.UseSetting("Email:Mode", "Pickup");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>A client without cookies from <paramref name="address"/>.</summary>
    public HttpClient From(string address) => From(this, address);

    public static HttpClient From(WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, call) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                await call(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// Operations (ADR 0028): live and ready health checks, the request id of every answer in the logs, the error page and
/// the audit chain, and the Prometheus metrics for loopback and the allowed networks only.
/// </summary>
public sealed partial class ObservabilityTests(ObservedApp app) : IClassFixture<ObservedApp>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string RequestIdOf(HttpResponseMessage response) => Assert.Single(response.Headers.GetValues(RequestIds.Header));

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Generated();

    [Fact]
    public async Task Live_and_ready_answer_with_each_checks_state_in_German_and_are_never_cached()
    {
        var client = app.From("10.0.0.9");

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("application/json; charset=utf-8", live.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", live.Headers.CacheControl?.ToString());
        var liveJson = await JsonAsync(live);
        Assert.Equal("Healthy", liveJson.GetProperty("status").GetString());
        Assert.Equal("Die Anwendung antwortet.", liveJson.GetProperty("description").GetString());
        Assert.Empty(liveJson.GetProperty("checks").EnumerateObject());

        foreach (var answer in new[] { ready, health })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
            var json = await JsonAsync(answer);
            Assert.Equal("Healthy", json.GetProperty("status").GetString());
            Assert.StartsWith("Bereit:", json.GetProperty("description").GetString(), StringComparison.Ordinal);
            var checks = json.GetProperty("checks");
            Assert.Equal(new[] { "database", "mail", "migrations" }, checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
            Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
            Assert.Equal("Die Datenbank ist erreichbar.", checks.GetProperty("database").GetProperty("description").GetString());
            Assert.Equal("Alle Migrationen der Datenbank sind eingespielt.", checks.GetProperty("migrations").GetProperty("description").GetString());
            Assert.Equal("Die E-Mail-Einstellungen sind vollständig.", checks.GetProperty("mail").GetProperty("description").GetString());
        }
    }

    [Theory]
    [InlineData("Smtp", "", "E-Mail: Für den Versand per SMTP fehlt der Server (Email:Host).")]
    [InlineData("Pickup", "/dev/null/mail", "E-Mail: In den Abholordner (Email:PickupDirectory) kann nicht geschrieben werden.")]
    [InlineData("Brieftaube", "", "E-Mail: Die Versandart (Email:Mode) ist weder Pickup noch Smtp.")]
    public async Task Ready_is_503_with_the_reason_when_the_mail_settings_are_incomplete(string mode, string where, string reason)
    {
        await using var broken = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Email:Mode", mode);
            builder.UseSetting(mode == "Smtp" ? "Email:Host" : "Email:PickupDirectory", where);
            builder.UseSetting("Email:UserName", "postmaster");
            builder.UseSetting("Email:Password", "geheimes-Passwort-42");
        });
        var client = ObservedApp.From(broken, "10.0.0.9");

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Unhealthy", json.GetProperty("status").GetString());
        Assert.Equal("Nicht bereit: " + reason, json.GetProperty("description").GetString());
        Assert.Equal(reason, json.GetProperty("checks").GetProperty("mail").GetProperty("description").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("geheimes-Passwort-42", body, StringComparison.Ordinal);
        Assert.DoesNotContain("postmaster", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/dev/null", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_answer_carries_a_request_id_that_only_the_proxy_may_hand_in()
    {
        using var own = await app.From("10.0.0.9").GetAsync("/");
        var generated = RequestIdOf(own);
        Assert.Matches(Generated(), generated);

        var fromProxy = app.From(ObservedApp.Proxy);
        fromProxy.DefaultRequestHeaders.Add(RequestIds.Header, "nginx-4f2a.9b_77c1");
        using var echoed = await fromProxy.GetAsync("/projekte");
        Assert.Equal("nginx-4f2a.9b_77c1", RequestIdOf(echoed));

        // Malformed ids from the proxy, and any id from anyone else, are replaced by a new one.
        foreach (var (address, incoming) in new[]
                 {
                     (ObservedApp.Proxy, "kurz"),
                     (ObservedApp.Proxy, "<script>alert(1)</script>"),
                     (ObservedApp.Proxy, "id mit leerzeichen"),
                     (ObservedApp.Proxy, new string('a', 65)),
                     (ObservedApp.Proxy, "-beginnt-mit-strich"),
                     ("198.51.100.20", "nginx-4f2a.9b_77c1"),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.TryAddWithoutValidation(RequestIds.Header, incoming);
            request.Headers.Add(ObservedApp.ClientHeader, address);
            using var response = await app.CreateClient().SendAsync(request);
            var answered = RequestIdOf(response);
            Assert.NotEqual(incoming, answered);
            Assert.Matches(Generated(), answered);
        }

        // Each request its own id; the error page shows it so a person can quote it.
        using var second = await app.From("10.0.0.9").GetAsync("/");
        Assert.NotEqual(generated, RequestIdOf(second));
        using var missing = await app.From("10.0.0.9").GetAsync("/gibt/es/nicht");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var page = await Html.ParseAsync(missing);
        Assert.Equal(RequestIdOf(missing), page.QuerySelector("#anfrage-kennung")?.TextContent);
        Assert.Contains("nennen Sie bitte diese Kennung", page.Text());
    }

    [Fact]
    public async Task The_audit_entry_of_a_save_carries_the_request_id_and_the_chain_holds_it()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        admin.DefaultRequestHeaders.Add(ObservedApp.ClientHeader, ObservedApp.Proxy);
        admin.DefaultRequestHeaders.Add(RequestIds.Header, "proxy-request-0815");
        var id = await app.ProjectIdAsync("smart-shopping");

        using var saved = await admin.SubmitFormAsync($"/verwaltung/projekte/{id}/bearbeiten", "form[method=post].form-grid", new() { ["Input.Summary"] = "Mit Kennung gespeichert." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("proxy-request-0815", RequestIdOf(saved));

        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Project" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("proxy-request-0815", entry.RequestId);
        Assert.Contains("Mit Kennung gespeichert.", entry.After);
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).Intact);

        // A save without an incoming id: the entry has the id the answer carried.
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        using var officeSave = await office.SubmitFormAsync($"/verwaltung/projekte/{id}/bearbeiten", "form[method=post].form-grid", new() { ["Input.Summary"] = "Vom Büro gespeichert." });
        var officeId = RequestIdOf(officeSave);
        Assert.Matches(Generated(), officeId);
        Assert.Equal(officeId, await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Project").OrderByDescending(a => a.Id).Select(a => a.RequestId).FirstAsync()));

        // Administrators see the request id in the audit; the project office does not.
        Assert.Contains("proxy-request-0815", (await admin.GetPageAsync("/verwaltung/protokoll")).Text());
        Assert.DoesNotContain(officeId, (await office.GetPageAsync("/verwaltung/protokoll")).Body!.InnerHtml, StringComparison.Ordinal);

        // The database refuses to change it, and a change behind its back breaks the chain at that entry.
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "RequestId" = 'andere-kennung' WHERE "Id" = {0}""", entry.Id)));
        Assert.Contains("unveränderlich", refused.Message);
        await app.WithDbAsync(db => AuditGuard.WithoutAsync(db, () =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "RequestId" = 'andere-kennung' WHERE "Id" = {0}""", entry.Id)));
        Assert.Equal(entry.Id, (await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).BrokenId);
        await app.WithDbAsync(db => AuditGuard.WithoutAsync(db, () =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "RequestId" = 'proxy-request-0815' WHERE "Id" = {0}""", entry.Id)));
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).Intact);
    }

    [Fact]
    public void An_entry_without_request_id_keeps_the_hash_it_had_before_the_request_id_existed()
    {
        var entry = new AuditEntry
        {
            Id = 7,
            OccurredAt = new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc),
            ActorName = "System",
            Action = AuditAction.Updated,
            EntityType = "Project",
            EntityId = "3",
            Kind = AuditKind.Content,
            Before = """{"Summary":"a"}""",
            After = """{"Summary":"b"}""",
        };
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            "audit-v1", 7L, "2026-12-01T09:30:00.000000Z", null, "System", 2, "Project", "3", null, null, 1, """{"Summary":"a"}""", """{"Summary":"b"}""", null,
        });
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));

        Assert.Equal(expected, AuditChain.HashOf(entry));
        entry.RequestId = "0123456789abcdef";
        Assert.NotEqual(expected, AuditChain.HashOf(entry));
    }

    [Fact]
    public async Task Metrics_are_served_as_Prometheus_text_to_loopback_and_the_allowed_network_only()
    {
        // Some traffic, a mail that goes out and one that fails.
        using (await app.From("10.0.0.9").GetAsync("/projekte"))
        {
        }

        await app.Services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("person@test.example", null, "Messung", "Text"));
        var failing = new EmailSender(Options.Create(new EmailOptions { Mode = "Smtp", Host = "127.0.0.1", Port = 1, Security = "None" }),
            app.Services.GetRequiredService<IHostEnvironment>(), NullLogger<EmailSender>.Instance, app.Services.GetRequiredService<MailMetrics>());
        await Assert.ThrowsAnyAsync<Exception>(() => failing.SendAsync(new EmailMessage("person@test.example", null, "Messung", "Text")));

        var text = await ScrapeUntilAsync(app.From("127.0.0.1"), "modellregion_mail_failed");
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Matches(new Regex("^(dotnet|process_runtime_dotnet)_gc_", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^modellregion_mail_sent_total\{[^}]*mode=""pickup""[^}]*\} [1-9]", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^modellregion_mail_failed_total\{[^}]*mode=""smtp""[^}]*\} [1-9]", RegexOptions.Multiline), text);

        using var allowed = await app.From("10.20.3.4").GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.StartsWith("text/plain", allowed.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        // Anyone else, and a request a proxy forwarded, get the usual 404.
        using var outside = await app.From("198.51.100.7").GetAsync("/metrics");
        var viaProxy = app.From(ObservedApp.Proxy);
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        using var forwarded = await viaProxy.GetAsync("/metrics");
        var untrusted = app.From("127.0.0.1");
        untrusted.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");
        using var local = await untrusted.GetAsync("/metrics");
        foreach (var refused in new[] { outside, forwarded, local })
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain("modellregion_mail", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_the_metrics_tagged_by_route_or_exception_keep_room_for_many_tag_combinations()
    {
        using var requests = new System.Diagnostics.Metrics.Meter("Microsoft.AspNetCore.Hosting");
        using var own = new System.Diagnostics.Metrics.Meter(PublicCache.MeterName);
        using var kestrel = new System.Diagnostics.Metrics.Meter("Microsoft.AspNetCore.Server.Kestrel");

        Assert.Null(AppMetrics.CardinalityOf(requests.CreateHistogram<double>("http.server.request.duration")));
        Assert.Equal(AppMetrics.SmallCardinality, AppMetrics.CardinalityOf(own.CreateCounter<long>("modellregion.cache.hits"))?.CardinalityLimit);
        Assert.Equal(AppMetrics.SmallCardinality, AppMetrics.CardinalityOf(kestrel.CreateUpDownCounter<long>("kestrel.active_connections"))?.CardinalityLimit);
    }

    /// <summary>The exporter keeps a scrape for a moment: asks again until the text holds <paramref name="expected"/>.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 20 && !text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(250);
            }

            using var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
        }

        return text;
    }
}

/// <summary>
/// An installation whose database loses the record of its newest migration while the node runs (as after restoring an
/// older backup under a running node; a node does not start on such a database, see <c>MigrateTests</c>).
/// </summary>
public sealed class PendingMigrationApp : ModellregionApp
{
    public async Task ForgetNewestMigrationAsync()
    {
        const string sql = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""";
        if (TestDatabase.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        else
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
    }
}

public sealed class PendingMigrationHealthTests(PendingMigrationApp app) : IClassFixture<PendingMigrationApp>
{
    [Fact]
    public async Task Ready_is_503_while_a_migration_is_missing_and_live_still_answers()
    {
        var client = app.CreateClient();
        using (var before = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await app.ForgetNewestMigrationAsync();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        var migrations = json.GetProperty("checks").GetProperty("migrations");
        Assert.Equal("Unhealthy", migrations.GetProperty("status").GetString());
        Assert.Equal("Die Datenbank ist nicht auf dem Stand dieser Version: 1 Migration(en) fehlen (modellregion migrate).", migrations.GetProperty("description").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Nicht bereit: Die Datenbank ist nicht auf dem Stand dieser Version: 1 Migration(en) fehlen (modellregion migrate).", json.GetProperty("description").GetString());
    }
}
