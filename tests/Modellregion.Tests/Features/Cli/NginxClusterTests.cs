using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Cli;

/// <summary>
/// The deployment as it runs: one PostgreSQL database migrated once by <c>migrate</c>, two app processes started with
/// <c>Database:MigrateOnStart=false</c> (Production), and nginx with the site from <c>deploy/nginx</c> (TLS, self-signed)
/// in front. A person signs in on node A and carries on on node B; an edit saved on A shows on B's public page at once;
/// a burst through nginx over both nodes keeps one submission limit; node A is killed (SIGKILL) in the middle of a burst:
/// no acknowledged write is lost and nginx carries on with B. Runs only on PostgreSQL and with nginx installed.
/// </summary>
public sealed class NginxClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Slug = "local-open-data-urbane-datenplattform";
    private const string InterestUrl = "/loesungen/" + Slug + "/interesse";
    private const string Password = "Zwei-Knoten-Passwort-2026";
    private const int SubmissionLimit = 5;

    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("modellregion-cluster-test-").FullName;
    private string _connection = "";

    /// <summary>Thumbprint of the self-signed certificate nginx presents (written by <see cref="NginxSite.Write"/>).</summary>
    private static string _certificate = "";

    public async Task InitializeAsync()
    {
        if (TestDatabase.Provider == DatabaseProvider.Postgres)
        {
            _connection = await TestDatabase.CreateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_connection.Length > 0)
        {
            await TestDatabase.DropAsync(_connection);
        }

        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    [Fact]
    public async Task Two_nodes_behind_nginx_share_sign_in_changes_limits_and_survive_a_killed_node()
    {
        var web = WebProcess.BuildOutput();
        if (TestDatabase.Provider != DatabaseProvider.Postgres || NginxSite.Executable is null || web is null)
        {
            output.WriteLine($"Übersprungen: der Cluster-Test braucht PostgreSQL (MODELLREGION_TEST_DB=postgres, jetzt {TestDatabase.ProviderName}), " +
                $"nginx ({NginxSite.Executable ?? "nicht installiert"}) und die Build-Ausgabe von Modellregion.Web ({web?.Dll ?? "nicht gefunden"}).");
            return;
        }

        var watch = Stopwatch.StartNew();
        Assert.Equal(0, await CliAsync("migrate"));
        Assert.Equal(0, await CliAsync("create-user", "--email", "cluster@test.example", "--name", "Cluster Test", "--role", "administrator", "--password", Password));

        var (portA, portB, httpsPort, httpPort) = (WebProcess.FreePort(), WebProcess.FreePort(), WebProcess.FreePort(), WebProcess.FreePort());
        await using var nodeA = WebProcess.Start(web.Value, "Knoten A", Settings(), "--urls", $"http://127.0.0.1:{portA}");
        await using var nodeB = WebProcess.Start(web.Value, "Knoten B", Settings(), "--urls", $"http://127.0.0.1:{portB}");
        var a = new Uri($"http://127.0.0.1:{portA}");
        var b = new Uri($"http://127.0.0.1:{portB}");
        var proxy = new Uri($"https://127.0.0.1:{httpsPort}");
        using var nginx = NginxSite.Start(NginxSite.Write(_folder, [portA, portB], httpsPort, httpPort, System.IO.Path.Combine(web.Value.ContentRoot, "wwwroot")));
        using (var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(System.IO.Path.Combine(_folder, "fullchain.pem"))))
        {
            _certificate = certificate.Thumbprint;
        }
        var passed = false;
        try
        {
            await Task.WhenAll(nodeA.WaitHealthyAsync(a, TimeSpan.FromSeconds(90)), nodeB.WaitHealthyAsync(b, TimeSpan.FromSeconds(90)));
            output.WriteLine($"Beide Knoten bereit nach {watch.Elapsed.TotalSeconds:0.0} s.");

            // Signed in on A, the same cookie works on B (keys for cookies and forms are in the database).
            var cookies = new CookieContainer();
            using var onA = Client(a, cookies);
            using var onB = Client(b, cookies);
            var signIn = await onA.SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = "cluster@test.example", ["Input.Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var backOffice = await onB.GetAsync("/verwaltung/betreiber");
            Assert.Equal(HttpStatusCode.OK, backOffice.StatusCode);

            // An edit saved on A shows on B's public page at once, though B had the page in its cache.
            using var anonymousB = Client(b, new CookieContainer());
            Assert.DoesNotContain("Clusterstadt", (await anonymousB.GetPageAsync("/impressum")).Text());
            var name = "Clusterstadt " + Guid.NewGuid().ToString("N")[..6];
            var saved = await onA.SubmitFormAsync("/verwaltung/betreiber", "form.form-grid", new() { ["Input.Name"] = name });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            // The signal between the nodes (NOTIFY) is asynchronous: B shows the change within moments, not minutes (its cache would keep the page 60 s).
            var seen = Stopwatch.StartNew();
            while (!(await anonymousB.GetPageAsync("/impressum")).Text().Contains(name, StringComparison.Ordinal))
            {
                Assert.True(seen.Elapsed < TimeSpan.FromSeconds(3), "Knoten B zeigt die auf Knoten A gespeicherte Änderung nach 3 s noch nicht.");
                await Task.Delay(50);
            }

            output.WriteLine($"Änderung von A auf B sichtbar nach {seen.ElapsedMilliseconds} ms.");

            // Through nginx: the static files come from nginx, the pages from both nodes.
            using (var visitor = ClientFrom(IPAddress.Loopback, proxy, new CookieContainer()))
            {
                var css = await visitor.GetAsync("/css/site.css");
                Assert.Equal(HttpStatusCode.OK, css.StatusCode);
                Assert.Contains("immutable", css.Headers.CacheControl?.ToString() ?? "");
                Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/projekte")).StatusCode);
            }

            // A burst from one address through nginx, spread over both nodes, keeps one limit.
            var burst = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => SubmitSeveralAsync(proxy, IPAddress.Parse("127.0.0.2"), 3)));
            var accepted = burst.Sum(r => r.Acknowledged.Count);
            output.WriteLine($"Ansturm von einer Adresse: {accepted} von {burst.Sum(r => r.Sent)} angenommen (Grenze {SubmissionLimit}).");
            Assert.Equal(SubmissionLimit, accepted);

            // Node A is killed in the middle of a burst from several addresses: acknowledged writes stay, B carries on.
            var acknowledged = new ConcurrentBag<string>();
            var senders = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
            {
                var result = await SubmitSeveralAsync(proxy, IPAddress.Parse($"127.0.0.{20 + i}"), SubmissionLimit, acknowledged);
                return result;
            })).ToList();
            var killWatch = Stopwatch.StartNew();
            while (acknowledged.Count < 8 && killWatch.Elapsed < TimeSpan.FromSeconds(30) && senders.Any(s => !s.IsCompleted))
            {
                await Task.Delay(20);
            }

            var beforeKill = acknowledged.Count;
            await nodeA.KillAsync();
            var results = await Task.WhenAll(senders);
            output.WriteLine($"Knoten A mit SIGKILL beendet nach {beforeKill} bestätigten Übermittlungen; insgesamt bestätigt {acknowledged.Count}, " +
                $"ohne Antwort oder mit Fehler {results.Sum(r => r.Failed)}.");
            Assert.True(acknowledged.Count > beforeKill, "Nach dem Abbruch von Knoten A wurde über nginx nichts mehr bestätigt.");
            var stored = await StoredEmailsAsync();
            var missing = acknowledged.Where(e => !stored.Contains(e)).ToList();
            Assert.True(missing.Count == 0, "Bestätigt, aber nicht gespeichert: " + string.Join(", ", missing));

            using (var visitor = ClientFrom(IPAddress.Loopback, proxy, new CookieContainer()))
            {
                for (var i = 0; i < 6; i++)
                {
                    Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(i % 2 == 0 ? "/" : "/loesungen/" + Slug)).StatusCode);
                }
            }

            output.WriteLine($"Cluster-Test fertig nach {watch.Elapsed.TotalSeconds:0.0} s.");
            passed = true;
        }
        finally
        {
            try
            {
                // The master and its worker: the workers hold the output pipes open.
                nginx.Kill(entireProcessTree: true);
                await nginx.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // Already gone.
            }

            if (!passed)
            {
                output.WriteLine("Knoten A:\n" + nodeA.Log);
                output.WriteLine("Knoten B:\n" + nodeB.Log);
                var errors = System.IO.Path.Combine(_folder, "modellregion.error.log");
                if (File.Exists(errors))
                {
                    output.WriteLine("nginx:\n" + await File.ReadAllTextAsync(errors));
                }
            }
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Modellregion"] = _connection,
        ["Database__MigrateOnStart"] = "false",
        ["Database__CreateFirstAdministrator"] = "false",
        ["Https__Redirect"] = "false",
        ["Https__Hsts"] = "false",
        ["Account__RequireTwoFactor"] = "false",
        ["ReverseProxy__KnownProxies__0"] = "127.0.0.1",
        ["Transfer__SubmissionLimit"] = SubmissionLimit.ToString(CultureInfo.InvariantCulture),
        ["Transfer__AttemptLimit"] = "1000",
        ["Transfer__RemindersEnabled"] = "false",
        ["Api__PermitsPerMinute"] = "0",
        ["Email__Mode"] = "Pickup",
        ["Email__PickupDirectory"] = System.IO.Path.Combine(_folder, "mail"),
    };

    private async Task<int> CliAsync(params string[] args)
    {
        using var text = new StringWriter();
        var code = await Commands.RunAsync([.. args, "--provider", "postgres", "--connection", _connection], text, text);
        output.WriteLine(text.ToString().Trim());
        return code;
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A browser whose connections come from <paramref name="source"/> (any 127.x address is this machine): nginx sees it as the client address.</summary>
    private static HttpClient ClientFrom(IPAddress source, Uri baseAddress, CookieContainer cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = cookies,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == _certificate },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>One visitor: loads the interest form once, then posts it <paramref name="count"/> times with new addresses.</summary>
    private static async Task<(List<string> Acknowledged, int Sent, int Failed)> SubmitSeveralAsync(Uri proxy, IPAddress source, int count, ConcurrentBag<string>? all = null)
    {
        using var client = ClientFrom(source, proxy, new CookieContainer());
        var form = await client.GetPageAsync(InterestUrl);
        var (target, fields) = Html.FormFields(form, InterestUrl, "main form[method=post]", new()
        {
            ["Input.Municipality"] = "Delbrück",
            ["Input.ContactName"] = "Cluster Test",
            ["Input.ContactRole"] = "Digitalisierung",
            ["Input.Need"] = "Wir prüfen, ob zwei Knoten hinter nginx zusammen arbeiten.",
            ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(CultureInfo.InvariantCulture),
            ["Input.Consent"] = true,
        });
        var acknowledged = new List<string>();
        var failed = 0;
        for (var n = 0; n < count; n++)
        {
            var email = $"cluster-{source}-{n}-{Guid.NewGuid():N}@example.org";
            using var content = new FormUrlEncodedContent(fields.Where(f => f.Key != "Input.ContactEmail").Append(new("Input.ContactEmail", email)));
            try
            {
                using var response = await client.PostAsync(target, content);
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/loesungen/" + Slug)
                {
                    acknowledged.Add(email);
                    all?.Add(email);
                }
                else if ((int)response.StatusCode >= 500)
                {
                    // The node died while it worked on it: not acknowledged, stored or not.
                    failed++;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                failed++;
            }
        }

        return (acknowledged, count, failed);
    }

    private async Task<HashSet<string>> StoredEmailsAsync()
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(DatabaseProvider.Postgres, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return [.. await scope.ServiceProvider.GetRequiredService<AppDbContext>().TransferCases.AsNoTracking().Select(c => c.ContactEmail).ToListAsync()];
    }
}
