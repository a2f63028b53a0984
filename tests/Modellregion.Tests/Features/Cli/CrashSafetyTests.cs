using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Cli;

/// <summary>
/// The app is killed (SIGKILL) in the middle of a burst of writes of three kinds — expressions of interest (public),
/// event registrations (public) and fund request drafts (signed-in project lead) — and started again on the same
/// database: every write that was acknowledged (the redirect after saving) is stored, and the database is intact
/// (SQLite integrity check or PostgreSQL's amcheck on every B-tree index, readable tables, audit hash chain intact).
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Slug = "local-open-data-urbane-datenplattform";
    private const string EventSlug = "werkstatt-digitale-verwaltung-uebungsregion";
    private const int SendersPerKind = 2;
    private const int AcknowledgedBeforeKill = 24;
    private const int AcknowledgedPerKind = 3;
    private const string LeadEmail = "absturz-leitung@test.example";
    private const string LeadPassword = "Absturz-Test-Passwort-2026";

    private string _connection = "";
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("modellregion-crash-test-").FullName;

    public async Task InitializeAsync() => _connection = await TestDatabase.CreateAsync();

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
    public async Task Acknowledged_writes_survive_a_kill_and_the_database_stays_intact()
    {
        var web = WebProcess.BuildOutput();
        if (web is null)
        {
            output.WriteLine("Übersprungen: die Build-Ausgabe von Modellregion.Web (src/Modellregion.Web/bin/<Konfiguration>/net10.0/Modellregion.Web.dll) wurde nicht gefunden.");
            return;
        }

        var bursts = await BurstsAsync();
        WebProcess? app = null;
        var passed = false;
        try
        {
            var port = WebProcess.FreePort();
            app = Start(web.Value, port);
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            await app.WaitHealthyAsync(baseAddress, TimeSpan.FromSeconds(60));

            using var stop = new CancellationTokenSource();
            var watch = Stopwatch.StartNew();
            var senders = bursts.SelectMany(burst => Enumerable.Range(0, burst.Senders).Select(i => Task.Run(() => SendAsync(baseAddress, burst, i, stop.Token)))).ToList();
            var deadline = TimeSpan.FromSeconds(60);
            bool Enough() => bursts.Sum(b => b.Acknowledged.Count) >= AcknowledgedBeforeKill && bursts.All(b => b.Acknowledged.Count >= AcknowledgedPerKind);
            while ((!Enough() || watch.Elapsed < TimeSpan.FromSeconds(1)) && watch.Elapsed < deadline && bursts.All(b => b.Refused.IsEmpty) && senders.All(s => !s.IsCompleted))
            {
                await Task.Delay(50);
            }

            var acknowledgedAtKill = bursts.ToDictionary(b => b.Name, b => b.Acknowledged.Count);
            await app.KillAsync();
            var killedAfter = watch.Elapsed;
            await stop.CancelAsync();
            await Task.WhenAll(senders);
            output.WriteLine($"Abgebrochen nach {killedAfter.TotalSeconds:0.0} s mit SIGKILL, Prozess beendet mit Code {app.ExitCode}.");
            await app.DisposeAsync();
            app = null;
            foreach (var failed in senders.Where(s => s.IsFaulted))
            {
                output.WriteLine($"Absender fehlgeschlagen: {failed.Exception?.GetBaseException().Message}");
            }

            foreach (var burst in bursts)
            {
                output.WriteLine($"{burst.Name}: bis zum Abbruch bestätigt {acknowledgedAtKill[burst.Name]}; abgelehnt: {string.Join(" | ", burst.Refused.Take(3))}");
                Assert.True(acknowledgedAtKill[burst.Name] > 0, $"{burst.Name}: vor dem Abbruch wurde nichts bestätigt.");
            }

            // The same database, started again: migration, recovery of the write-ahead log, the pages answer.
            port = WebProcess.FreePort();
            app = Start(web.Value, port);
            baseAddress = new Uri($"http://127.0.0.1:{port}");
            await app.WaitHealthyAsync(baseAddress, TimeSpan.FromSeconds(60));
            using (var client = new HttpClient { BaseAddress = baseAddress })
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/loesungen/" + Slug)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/veranstaltungen/" + EventSlug)).StatusCode);
            }

            await app.DisposeAsync();
            app = null;

            output.WriteLine($"Datenbank: {TestDatabase.ProviderName}; Absender: {string.Join(", ", bursts.Select(b => $"{b.Name} {b.Senders}"))}");
            var missing = new List<string>();
            foreach (var burst in bursts)
            {
                var stored = await QueryAsync(burst.StoredAsync);
                output.WriteLine($"{burst.Name}: bestätigt {burst.Acknowledged.Count}, davon gefunden {burst.Acknowledged.Count(stored.Contains)}; "
                    + $"ohne Antwort beim Abbruch {burst.Unknown.Count}, davon gespeichert {burst.Unknown.Count(stored.Contains)}; abgelehnt {burst.Refused.Count}");
                missing.AddRange(burst.Acknowledged.Where(k => !stored.Contains(k)).Select(k => $"{burst.Name}: {k}"));
                Assert.Empty(burst.Refused);
            }

            Assert.True(missing.Count == 0, $"Bestätigt, aber nicht gespeichert: {string.Join(", ", missing)}");
            await AssertIntactAsync();
            passed = true;
        }
        finally
        {
            if (app is not null)
            {
                if (!passed)
                {
                    output.WriteLine("Ausgabe der App (Auszug):");
                    output.WriteLine(app.Log);
                }

                await app.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// One kind of write: the form it is sent with, the field that makes each write recognisable, the redirect that
    /// acknowledges it, and how to find it in the database afterwards.
    /// </summary>
    private sealed record Burst(
        string Name,
        string FormUrl,
        string KeyField,
        Dictionary<string, object?> Fields,
        string AcknowledgedAt,
        Func<AppDbContext, Task<List<string>>> StoredAsync,
        bool SignIn = false,
        int Senders = SendersPerKind)
    {
        public ConcurrentBag<string> Acknowledged { get; } = [];
        public ConcurrentBag<string> Unknown { get; } = [];
        public ConcurrentBag<string> Refused { get; } = [];
    }

    /// <summary>The three kinds of writes; the fund requests go to a project of the demo data whose grant covers the coming weeks, as its lead.</summary>
    private async Task<List<Burst>> BurstsAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var project = await QueryAsync(async db => (await db.Projects.AsNoTracking().Include(p => p.GrantDecisions)
                .Where(p => p.Status == Web.Features.Projects.ProjectStatus.Running && p.GrantDecisions.Any()).ToListAsync())
            .Where(p => p.DecisionInForce is { } d && d.PeriodStart <= today && d.PeriodEnd >= today.AddDays(60))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug }).First());
        using (var writer = new StringWriter())
        {
            var code = await Commands.RunAsync(["create-user", "--provider", TestDatabase.ProviderName, "--connection", _connection, "--email", LeadEmail, "--name", "Absturz Leitung",
                "--role", "projektleitung", "--project", project.Slug, "--password", LeadPassword], writer, writer);
            Assert.True(code == 0, writer.ToString());
        }

        var fundRequests = $"/verwaltung/projekte/{project.Id}/mittelabrufe";
        return
        [
            new("Interessenbekundungen", "/loesungen/" + Slug + "/interesse", "Input.ContactEmail", new()
            {
                ["Input.Municipality"] = "Delbrück",
                ["Input.ContactName"] = "Absturz Test",
                ["Input.ContactRole"] = "Digitalisierung",
                ["Input.Need"] = "Wir prüfen, ob bestätigte Anfragen einen Absturz überstehen.",
                ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(CultureInfo.InvariantCulture),
                ["Input.Consent"] = true,
            }, "/loesungen/" + Slug, async db => await db.TransferCases.AsNoTracking().Select(c => c.ContactEmail).ToListAsync()),
            new("Anmeldungen", "/veranstaltungen/" + EventSlug, "Input.Email", new()
            {
                ["Input.Name"] = "Absturz Test",
                ["Input.Kind"] = ((int)Web.Features.Events.TicketKind.Online).ToString(CultureInfo.InvariantCulture),
                ["Input.PrivacyConsent"] = true,
            }, "/veranstaltungen/" + EventSlug + "#anmeldung", async db => await db.EventRegistrations.AsNoTracking().Select(r => r.Email ?? "").ToListAsync()),
            new("Mittelabrufe", fundRequests, "Input.Justification", new()
            {
                ["Input.Amount"] = "100",
                ["Input.NeededFrom"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Input.NeededUntil"] = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }, fundRequests, async db => await db.FundRequests.AsNoTracking().Select(r => r.Justification).ToListAsync(), SignIn: true,
                // One lead at a time: two saving at once may meet on the request's number and be refused with 409, which is no loss.
                Senders: 1),
        ];
    }

    /// <summary>One client session: signs in where the burst needs it, loads the form once (anti-forgery cookie and token), then posts it again and again with a new key.</summary>
    private static async Task SendAsync(Uri baseAddress, Burst burst, int sender, CancellationToken stop)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        List<KeyValuePair<string, string>> fields;
        string target;
        try
        {
            if (burst.SignIn)
            {
                var login = await client.GetPageAsync("/verwaltung/anmelden");
                var (loginTarget, loginFields) = Html.FormFields(login, "/verwaltung/anmelden", "main form[method=post]", new() { ["Input.Email"] = LeadEmail, ["Input.Password"] = LeadPassword });
                using var signedIn = await client.PostAsync(loginTarget, new FormUrlEncodedContent(loginFields), CancellationToken.None);
                if (signedIn.StatusCode != HttpStatusCode.Redirect)
                {
                    burst.Refused.Add($"Anmeldung: {(int)signedIn.StatusCode}");
                    return;
                }
            }

            var form = await client.GetPageAsync(burst.FormUrl);
            var selector = burst.SignIn ? "main form[method=post]:has(input[name='Input.Justification'], textarea[name='Input.Justification'])" : "main form[method=post]";
            (target, fields) = Html.FormFields(form, burst.FormUrl, selector, burst.Fields);
        }
        catch (HttpRequestException)
        {
            return;
        }

        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var key = burst.KeyField == "Input.Justification"
                ? $"Absturztest {sender}-{n}-{Guid.NewGuid():N}"
                : $"absturz-{sender}-{n}-{Guid.NewGuid():N}@example.org";
            using var content = new FormUrlEncodedContent(fields.Where(f => f.Key != burst.KeyField).Append(new(burst.KeyField, key)));
            try
            {
                using var response = await client.PostAsync(target, content, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == burst.AcknowledgedAt)
                {
                    burst.Acknowledged.Add(key);
                }
                else
                {
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
                    burst.Refused.Add($"{key}: {(int)response.StatusCode} {response.Headers.Location} {page.Text(".kern-alert")} {page.Text(".kern-error")}");
                }
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                // Not sent at all: the app was already gone.
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // Sent, but the answer never came: the app was killed while it worked on it.
                burst.Unknown.Add(key);
                return;
            }
        }
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// SQLite: PRAGMA integrity_check. PostgreSQL: amcheck's <c>bt_index_check</c> on every B-tree index (each index
    /// agrees with itself and, with <c>heapallindexed</c>, with its table). Both: every table readable and the audit
    /// hash chain intact.
    /// </summary>
    private async Task AssertIntactAsync()
    {
        if (TestDatabase.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(_connection);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await command.ExecuteScalarAsync();
            output.WriteLine($"PRAGMA integrity_check: {result}");
            Assert.Equal("ok", result);
            SqliteConnection.ClearAllPools();
        }
        else
        {
            output.WriteLine($"amcheck: {await PostgresIndexCheckAsync()} B-Baum-Indizes geprüft, ohne Befund.");
        }

        var tables = await TableSnapshot.TakeAsync(_connection);
        output.WriteLine($"Tabellen lesbar: {tables.Count}, Transferfälle: {tables["TransferCases"].Count}, Anmeldungen: {tables["EventRegistrations"].Count}, Mittelabrufe: {tables["FundRequests"].Count}");

        using var verifyOutput = new StringWriter();
        using var verifyError = new StringWriter();
        var code = await Commands.RunAsync(["verify-audit", "--provider", TestDatabase.ProviderName, "--connection", _connection], verifyOutput, verifyError);
        output.WriteLine($"verify-audit: {verifyOutput}{verifyError}".Trim());
        Assert.True(code == 0, verifyError.ToString());
        Assert.Contains("Kette intakt", verifyOutput.ToString());
    }

    /// <summary>Runs amcheck on every B-tree index of the database's public schema; an index that is corrupt raises an error and fails the test.</summary>
    private async Task<int> PostgresIndexCheckAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_connection);
        await connection.OpenAsync();
        await using (var extension = new Npgsql.NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS amcheck", connection))
        {
            await extension.ExecuteNonQueryAsync();
        }

        await using var check = new Npgsql.NpgsqlCommand(
            """
            SELECT count(bt_index_check(index => c.oid, heapallindexed => true))
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_am am ON am.oid = c.relam
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE am.amname = 'btree' AND n.nspname = 'public' AND c.relpersistence != 't' AND i.indisready AND i.indisvalid
            """, connection);
        return Convert.ToInt32(await check.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private WebProcess Start((string Dll, string ContentRoot) web, int port) => WebProcess.Start(web, "app", new Dictionary<string, string>
    {
        ["Https__Redirect"] = "false",
        ["Https__Hsts"] = "false",
        ["Database__Provider"] = TestDatabase.ProviderName,
        ["ConnectionStrings__Modellregion"] = _connection,
        ["Database__CreateFirstAdministrator"] = "false",
        ["Api__PermitsPerMinute"] = "0",
        ["Transfer__SubmissionLimit"] = "100000",
        ["Transfer__AttemptLimit"] = "100000",
        ["Transfer__RemindersEnabled"] = "false",
        ["Events__SubmissionLimit"] = "100000",
        ["Events__AttemptLimit"] = "100000",
        ["Account__RequireTwoFactor"] = "false",
        ["Email__Mode"] = "Pickup",
        ["Email__PickupDirectory"] = Path.Combine(_folder, "mail"),
    }, "--urls", $"http://127.0.0.1:{port}");
}
