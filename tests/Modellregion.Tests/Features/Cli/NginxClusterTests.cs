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
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform.Cluster;
using Modellregion.Web.Platform.Email;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Cli;

/// <summary>
/// The deployment as it runs: one PostgreSQL database migrated once by <c>migrate</c>, two app processes started with
/// <c>Database:MigrateOnStart=false</c> (Production), and nginx with the site from <c>deploy/nginx</c> (TLS, self-signed)
/// in front. A person signs in on node A and carries on on node B; an edit saved on A shows on B's public page at once;
/// a reminder due when both nodes start goes out once; a burst through nginx over both nodes keeps one submission limit;
/// node A is killed (SIGKILL) in the middle of a burst: no acknowledged write is lost and nginx carries on with B; A comes
/// back after its lease expired, runs the reminders again and sends nothing twice. Runs only on PostgreSQL and with nginx installed.
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
        // Reminders due on the day both nodes start: the funding period ends in a week (a reminder before), and the
        // interim proof of the year the period started is overdue (a reminder after).
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
        var remindedSlug = await DueProjectAsync(today.AddDays(-400), today.AddDays(7));
        Assert.Equal(0, await CliAsync("create-user", "--email", LeadEmail, "--name", "Projektleitung Cluster", "--role", "projektleitung", "--project", remindedSlug, "--password", Password));

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
        WebProcess? restarted = null;
        try
        {
            await Task.WhenAll(nodeA.WaitHealthyAsync(a, TimeSpan.FromSeconds(90)), nodeB.WaitHealthyAsync(b, TimeSpan.FromSeconds(90)));
            output.WriteLine($"Beide Knoten bereit nach {watch.Elapsed.TotalSeconds:0.0} s.");

            // Both nodes ran their first reminder turn at start, at the same moment: one held the lease, each reminder went out once.
            await Task.WhenAll(JobTurnsAsync(a, 1), JobTurnsAsync(b, 1));
            var reminders = await RemindersAsync();
            output.WriteLine($"Erinnerungen nach dem Start beider Knoten: {string.Join(" | ", reminders)}");
            Assert.Contains(reminders, r => r.StartsWith(LeadEmail + ": Erinnerung: Ende des Bewilligungszeitraums", StringComparison.Ordinal));
            Assert.Contains(reminders, r => r.StartsWith(LeadEmail + ": Überfällig: Zwischennachweis", StringComparison.Ordinal));

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

            // A comes back. The lease of the reminders has run out meanwhile (as when its holder died): the new A takes it
            // at start and runs the reminders again, and none goes out a second time.
            await WithDbAsync(db => db.Set<JobLease>().Where(l => l.Name == ReminderService.Job).ExecuteUpdateAsync(l => l.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
            await using var nodeA2 = WebProcess.Start(web.Value, "Knoten A (neu gestartet)", Settings(), "--urls", $"http://127.0.0.1:{portA}");
            restarted = nodeA2;
            await nodeA2.WaitHealthyAsync(a, TimeSpan.FromSeconds(90));
            Assert.True(await JobTurnsAsync(a, 1, "ran") >= 1, "Der neu gestartete Knoten A hat die Erinnerungen nicht ausgeführt.");
            var after = await RemindersAsync();
            Assert.Equal(reminders, after);
            output.WriteLine($"Knoten A neu gestartet; Erinnerungen erneut geprüft, keine doppelt ({after.Count}).");

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
                if (restarted is not null)
                {
                    output.WriteLine("Knoten A (neu gestartet):\n" + restarted.Log);
                }

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
        ["Cluster__FirstTurnDelaySeconds"] = "0",
        ["Api__PermitsPerMinute"] = "0",
        ["Email__Mode"] = "Pickup",
        ["Email__PickupDirectory"] = System.IO.Path.Combine(_folder, "mail"),
        ["Metrics__Enabled"] = "true",
    };

    private const string LeadEmail = "leitung-cluster@test.example";

    /// <summary>A running, administered project of the demo region OWL with a grant decision for the given period.</summary>
    private Task<string> DueProjectAsync(DateOnly periodStart, DateOnly periodEnd) => WithDbAsync(async db =>
    {
        var slug = "cluster-erinnerung-" + Guid.NewGuid().ToString("N")[..8];
        var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
        var project = new Project
        {
            Slug = slug,
            Title = "Cluster-Erinnerung " + slug,
            RegionId = region.Id,
            ProgrammeId = region.ProgrammeId,
            Status = ProjectStatus.Running,
            IsAdministered = true,
            Plan = new FinancingPlan { Lines = [new PlanLine { Category = CostCategory.Material, Description = "Software", Amount = 10_000m }], RequestedGrant = 8_000m, OwnContribution = 2_000m },
        };
        project.RecordGrantDecision(new GrantDecision { MaxAmount = 8_000m, DecidedOn = periodStart, PeriodStart = periodStart, PeriodEnd = periodEnd, Plan = project.Plan.Copy(), EligibleCosts = 10_000m, RecordedAt = DateTime.UtcNow });
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        db.FundingAccounts.Add(new FundingAccount { ProjectId = project.Id });
        await db.SaveChangesAsync();
        return slug;
    });

    /// <summary>
    /// The reminders sent so far as "recipient: subject", sorted, after checking that each went out exactly once: one
    /// mail per sent entry of the reminder log, and no recipient got the same subject twice.
    /// </summary>
    private async Task<List<string>> RemindersAsync()
    {
        var logged = await WithDbAsync(db => db.ReminderLogs.CountAsync(r => r.Status == DeliveryStatus.Sent));
        var mails = new List<string>();
        var folder = System.IO.Path.Combine(_folder, "mail");
        var watch = Stopwatch.StartNew();
        while (true)
        {
            mails.Clear();
            foreach (var file in System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.eml") : [])
            {
                MimeKit.MimeMessage message;
                try
                {
                    message = await MimeKit.MimeMessage.LoadAsync(file);
                }
                catch (Exception e) when (e is IOException or FormatException)
                {
                    // A mail still being written, or one that node A left unfinished when it was killed: the others count.
                    continue;
                }

                if (message.Subject is { } subject && (subject.StartsWith("Erinnerung:", StringComparison.Ordinal) || subject.StartsWith("Überfällig:", StringComparison.Ordinal)))
                {
                    mails.Add($"{message.To.Mailboxes.Single().Address}: {subject}");
                }
            }

            if (mails.Count >= logged || watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                break;
            }

            await Task.Delay(100);
        }

        mails.Sort(StringComparer.Ordinal);
        Assert.True(logged > 0, "Es ist keine Erinnerung als versandt protokolliert.");
        Assert.Equal(logged, mails.Count);
        Assert.Equal(mails.Count, mails.Distinct(StringComparer.Ordinal).Count());
        return mails;
    }

    /// <summary>Waits until the node's metrics show at least <paramref name="turns"/> turns of the reminder job (any outcome, or only <paramref name="outcome"/>).</summary>
    private static async Task<int> JobTurnsAsync(Uri node, int turns, string? outcome = null)
    {
        using var client = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(10) };
        var pattern = new System.Text.RegularExpressions.Regex(
            $@"^modellregion_job_runs_total\{{(?=[^}}]*job=""{ReminderService.Job}"")(?=[^}}]*outcome=""{outcome ?? "[a-z_]+"}"")[^}}]*\}} (\d+)",
            System.Text.RegularExpressions.RegexOptions.Multiline);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var text = await client.GetStringAsync("/metrics");
            var count = pattern.Matches(text).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            if (count >= turns || watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                return count;
            }

            await Task.Delay(200);
        }
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(DatabaseProvider.Postgres, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

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

    private async Task<HashSet<string>> StoredEmailsAsync() =>
        [.. await WithDbAsync(db => db.TransferCases.AsNoTracking().Select(c => c.ContactEmail).ToListAsync())];
}
