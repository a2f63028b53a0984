using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
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
/// The app is killed (SIGKILL) in the middle of a burst of public form submissions and started again on the same
/// database: every submission that was acknowledged (redirect with the case number) is stored, and the database is
/// intact (SQLite integrity check, readable tables, audit hash chain intact).
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Slug = "local-open-data-urbane-datenplattform";
    private const string Url = "/loesungen/" + Slug + "/interesse";
    private const int Senders = 6;
    private const int AcknowledgedBeforeKill = 20;

    private string _connection = "";
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("modellregion-crash-test-").FullName;
    private readonly StringBuilder _log = new();

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
    public async Task Acknowledged_submissions_survive_a_kill_and_the_database_stays_intact()
    {
        var web = WebBuildOutput();
        if (web is null)
        {
            output.WriteLine("Übersprungen: die Build-Ausgabe von Modellregion.Web (src/Modellregion.Web/bin/<Konfiguration>/net10.0/Modellregion.Web.dll) wurde nicht gefunden.");
            return;
        }

        var acknowledged = new ConcurrentBag<string>();
        var unknown = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        Process? app = null;
        var passed = false;
        try
        {
            var port = FreePort();
            app = Start(web.Value, port);
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            await WaitHealthyAsync(app, baseAddress);

            using var stop = new CancellationTokenSource();
            var watch = Stopwatch.StartNew();
            var senders = Enumerable.Range(0, Senders).Select(i => Task.Run(() => SendAsync(baseAddress, i, acknowledged, unknown, refused, stop.Token))).ToList();
            var deadline = TimeSpan.FromSeconds(40);
            while ((acknowledged.Count < AcknowledgedBeforeKill || watch.Elapsed < TimeSpan.FromSeconds(1)) && watch.Elapsed < deadline && refused.IsEmpty && senders.All(s => !s.IsCompleted))
            {
                await Task.Delay(50);
            }

            var acknowledgedAtKill = acknowledged.Count;
            app.Kill(entireProcessTree: false);
            await app.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            var killedAfter = watch.Elapsed;
            await stop.CancelAsync();
            await Task.WhenAll(senders);
            output.WriteLine($"Abgebrochen nach {killedAfter.TotalSeconds:0.0} s mit SIGKILL, Prozess beendet mit Code {app.ExitCode}.");
            app.Dispose();
            app = null;
            foreach (var failed in senders.Where(s => s.IsFaulted))
            {
                output.WriteLine($"Absender fehlgeschlagen: {failed.Exception?.GetBaseException().Message}");
            }

            output.WriteLine($"Bis zum Abbruch bestätigt: {acknowledgedAtKill}; abgelehnt: {string.Join(" | ", refused.Take(3))}");
            Assert.True(acknowledgedAtKill > 0, "Vor dem Abbruch wurde keine Übermittlung bestätigt.");

            // The same database, started again: migration, recovery of the write-ahead log, the pages answer.
            port = FreePort();
            app = Start(web.Value, port);
            baseAddress = new Uri($"http://127.0.0.1:{port}");
            await WaitHealthyAsync(app, baseAddress);
            using (var client = new HttpClient { BaseAddress = baseAddress })
            {
                var page = await client.GetAsync("/loesungen/" + Slug);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }

            app.Kill(entireProcessTree: false);
            await app.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            app.Dispose();
            app = null;

            var stored = await StoredEmailsAsync();
            var found = acknowledged.Count(stored.Contains);
            var unknownFound = unknown.Count(stored.Contains);
            output.WriteLine($"Datenbank: {TestDatabase.ProviderName}; Absender: {Senders}");
            output.WriteLine($"Bestätigt: {acknowledged.Count}, davon gefunden: {found}");
            output.WriteLine($"Unterwegs (ohne Antwort beim Abbruch): {unknown.Count}, davon gespeichert: {unknownFound}");
            output.WriteLine($"Abgelehnt (keine Erfolgsantwort): {refused.Count}");
            var missing = acknowledged.Where(e => !stored.Contains(e)).ToList();
            Assert.True(missing.Count == 0, $"Bestätigt, aber nicht gespeichert: {string.Join(", ", missing)}");
            Assert.Empty(refused);

            await AssertIntactAsync();
            passed = true;
        }
        finally
        {
            if (app is not null)
            {
                try
                {
                    app.Kill(entireProcessTree: true);
                    await app.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }

                app.Dispose();
            }

            lock (_log)
            {
                if (!passed && _log.Length > 0)
                {
                    output.WriteLine("Ausgabe der App (Auszug):");
                    output.WriteLine(_log.ToString());
                }
            }
        }
    }

    /// <summary>One client session: loads the form once (anti-forgery cookie and token), then posts it again and again with a new e-mail address.</summary>
    private static async Task SendAsync(Uri baseAddress, int sender, ConcurrentBag<string> acknowledged, ConcurrentBag<string> unknown, ConcurrentBag<string> refused, CancellationToken stop)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        List<KeyValuePair<string, string>> fields;
        string target;
        try
        {
            var form = await client.GetPageAsync(Url);
            (target, fields) = Html.FormFields(form, Url, "main form[method=post]", new()
            {
                ["Input.Municipality"] = "Delbrück",
                ["Input.ContactName"] = "Absturz Test",
                ["Input.ContactRole"] = "Digitalisierung",
                ["Input.Need"] = "Wir prüfen, ob bestätigte Anfragen einen Absturz überstehen.",
                ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(CultureInfo.InvariantCulture),
                ["Input.Consent"] = true,
            });
        }
        catch (HttpRequestException)
        {
            return;
        }

        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var email = $"absturz-{sender}-{n}-{Guid.NewGuid():N}@example.org";
            using var content = new FormUrlEncodedContent(fields.Where(f => f.Key != "Input.ContactEmail").Append(new("Input.ContactEmail", email)));
            try
            {
                using var response = await client.PostAsync(target, content, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/loesungen/" + Slug)
                {
                    acknowledged.Add(email);
                }
                else
                {
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
                    refused.Add($"{email}: {(int)response.StatusCode} {response.Headers.Location} {page.Text(".kern-alert")} {page.Text(".kern-error")}");
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
                unknown.Add(email);
                return;
            }
        }
    }

    private async Task<HashSet<string>> StoredEmailsAsync()
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var emails = await db.TransferCases.AsNoTracking().Select(c => c.ContactEmail).ToListAsync();
        return [.. emails];
    }

    /// <summary>SQLite: PRAGMA integrity_check; both: every table readable and the audit hash chain intact.</summary>
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

        var tables = await TableSnapshot.TakeAsync(_connection);
        output.WriteLine($"Tabellen lesbar: {tables.Count}, Transferfälle: {tables["TransferCases"].Count}");

        using var verifyOutput = new StringWriter();
        using var verifyError = new StringWriter();
        var code = await Commands.RunAsync(["verify-audit", "--provider", TestDatabase.ProviderName, "--connection", _connection], verifyOutput, verifyError);
        output.WriteLine($"verify-audit: {verifyOutput}{verifyError}".Trim());
        Assert.True(code == 0, verifyError.ToString());
        Assert.Contains("Kette intakt", verifyOutput.ToString());
    }

    private Process Start((string Dll, string ContentRoot) web, int port)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web.ContentRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(web.Dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        var environment = info.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["Https__Redirect"] = "false";
        environment["Https__Hsts"] = "false";
        environment["Database__Provider"] = TestDatabase.ProviderName;
        environment["ConnectionStrings__Modellregion"] = _connection;
        environment["Database__CreateFirstAdministrator"] = "false";
        environment["Api__PermitsPerMinute"] = "0";
        environment["Transfer__SubmissionLimit"] = "100000";
        environment["Transfer__AttemptLimit"] = "100000";
        environment["Transfer__RemindersEnabled"] = "false";
        environment["Email__Mode"] = "Pickup";
        environment["Email__PickupDirectory"] = Path.Combine(_folder, "mail");
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.Length < 20_000)
            {
                _log.AppendLine(line);
            }
        }
    }

    private async Task WaitHealthyAsync(Process app, Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(app.HasExited, "Die App hat sich beim Start beendet.\n" + _log);
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    output.WriteLine($"App bereit nach {watch.Elapsed.TotalSeconds:0.0} s.");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail("Die App meldete sich nicht innerhalb von 60 s als bereit.\n" + _log);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The web project's build output of the configuration the tests were built in (the test project references it,
    /// so it is built), found from the test assembly upwards to the repository root; the project folder is the content root.
    /// </summary>
    private static (string Dll, string ContentRoot)? WebBuildOutput()
    {
        var configuration = typeof(CrashSafetyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        var configurations = new[] { configuration, "Debug", "Release" }.Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "Modellregion.Web");
            if (!File.Exists(Path.Combine(project, "Modellregion.Web.csproj")))
            {
                continue;
            }

            foreach (var name in configurations)
            {
                var dll = Path.Combine(project, "bin", name!, "net10.0", "Modellregion.Web.dll");
                if (File.Exists(dll))
                {
                    return (dll, project);
                }
            }

            return null;
        }

        return null;
    }
}
