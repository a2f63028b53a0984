using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Cluster;
using Npgsql;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// One web node of a test cluster: the app with a clock of its own, on the database of <see cref="ClusterNodes"/>, with
/// the client address taken from a test header (so that both nodes can see the same visitor).
/// </summary>
public sealed class ClusterNode(string? connectionString = null) : FundingApp
{
    public const string ClientHeader = "X-Test-Client";

    public override async Task InitializeAsync() => ConnectionString = connectionString ?? await TestDatabase.CreateAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Transfer:RemindersEnabled", "false");
        builder.UseSetting("Events:BackgroundEnabled", "false");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    public HttpClient BrowserFrom(string address)
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.Add(ClientHeader, address);
        return browser;
    }

    /// <summary>Waits until the node listens for the other nodes' signals (on PostgreSQL; at once on SQLite).</summary>
    public async Task ListeningAsync()
    {
        if (Services.GetRequiredService<IClusterSignals>() is PostgresClusterSignals postgres)
        {
            await postgres.Listening.WaitAsync(TimeSpan.FromSeconds(30));
        }
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

/// <summary>Two web nodes on one database, as behind a load balancer.</summary>
public sealed class ClusterNodes : IAsyncLifetime
{
    public ClusterNode A { get; } = new();

    public ClusterNode B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = new ClusterNode(A.ConnectionString);
        await B.InitializeAsync();
        await A.ListeningAsync();
        await B.ListeningAsync();
    }

    /// <summary>Moves the clocks of both nodes to 10 o'clock of the next day.</summary>
    public void NextDay()
    {
        var day = A.Clock.Today.AddDays(1);
        A.Clock.Set(day);
        B.Clock.Set(day);
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
    }
}

/// <summary>
/// Web nodes without state of their own (ADR 0027): a change saved on one node shows at once on the other, the
/// submission limit and background jobs hold across nodes. On PostgreSQL the signal is a NOTIFY between the nodes; on
/// SQLite one node is the supported set-up, and the signal between two apps on one file stays in the process.
/// </summary>
public sealed class ClusterTests(ClusterNodes nodes) : IClassFixture<ClusterNodes>
{
    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>Asks until <paramref name="done"/> holds; a NOTIFY arrives within milliseconds, far below the cache's 60 s.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> done, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await ask();
            if (done(value) || DateTime.UtcNow > until)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task An_edit_saved_on_one_node_evicts_the_cached_page_and_figures_on_the_other_at_once()
    {
        var slug = "knoten-" + Guid.NewGuid().ToString("N")[..8];
        await nodes.A.RunningProjectAsync(100_000m, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), slug);
        var url = $"/projekte/{slug}";

        // Node B stores the page (once the signals of creating the project have arrived) and a cached aggregate.
        var cached = await EventuallyAsync(async () => await nodes.B.Browser().GetAsync(url), FromCache);
        Assert.True(FromCache(cached), "node B did not store the page");
        var cache = nodes.B.Services.GetRequiredService<PublicCache>();
        var computed = 0;
        Task<int> Compute() => Task.FromResult(Interlocked.Increment(ref computed));
        var key = "cluster-test-" + slug;
        Assert.Equal(1, await cache.GetOrCreateAsync(key, Compute));
        Assert.Equal(1, await cache.GetOrCreateAsync(key, Compute));

        var marker = "Umbenannt auf A " + Guid.NewGuid().ToString("N")[..6];
        var started = DateTime.UtcNow;
        await nodes.A.WithDbAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Slug == slug);
            project.Title = marker;
            await db.SaveChangesAsync();
        });

        var after = await EventuallyAsync(
            async () => await nodes.B.Browser().GetAsync(url),
            response => !FromCache(response));
        Assert.False(FromCache(after), "node B still served its stored page");
        Assert.Contains(marker, await after.Content.ReadAsStringAsync());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the change reached node B only by expiry");
        Assert.Equal(2, await cache.GetOrCreateAsync(key, Compute));
    }

    [Fact]
    public async Task The_submission_limit_holds_across_nodes()
    {
        const string url = "/loesungen/local-open-data-urbane-datenplattform/interesse";
        const string form = "main form[method=post]";
        var address = $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";
        var onA = nodes.A.BrowserFrom(address);
        var onB = nodes.B.BrowserFrom(address);
        Dictionary<string, object?> Valid() => new()
        {
            ["Input.Municipality"] = "Delbrück",
            ["Input.ContactName"] = "Erika Beispiel",
            ["Input.ContactEmail"] = "erika.beispiel@example.org",
            ["Input.ContactRole"] = "Digitalisierungsbeauftragte",
            ["Input.Need"] = "Wir möchten Pegelstände offen zeigen.",
            ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Consent"] = true,
        };

        // The limit is 5 accepted submissions per address and form; they arrive alternately on both nodes.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await (i % 2 == 0 ? onA : onB).SubmitFormAsync(url, form, Valid())).StatusCode);
        }

        var refusedOnB = await onB.SubmitFormAsync(url, form, Valid());
        var refusedOnA = await onA.SubmitFormAsync(url, form, Valid());

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnB.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnA.StatusCode);
        Assert.Contains("zu viele Übermittlungen", await refusedOnB.BodyAsync());
        var other = await nodes.B.BrowserFrom("10.255.255.1").SubmitFormAsync(url, form, Valid());
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task Parallel_attempts_on_both_nodes_never_exceed_the_limit_and_expired_attempts_are_deleted()
    {
        var key = "test:" + Guid.NewGuid().ToString("N");
        var onA = nodes.A.Services.GetRequiredService<SubmissionThrottle>();
        var onB = nodes.B.Services.GetRequiredService<SubmissionThrottle>();
        var window = TimeSpan.FromMinutes(10);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? onA : onB).AcquireAsync(key, 4, window)));

        Assert.Equal(4, attempts.Count(a => a is not null));

        // A slot given back counts no more; a later attempt takes its place.
        await onB.ReleaseAsync(attempts.First(a => a is not null)!);
        Assert.True(await onA.TryAcquireAsync(key, 4, window));
        Assert.False(await onB.TryAcquireAsync(key, 4, window));

        // The window slides by the app's clock; what lies behind it is deleted.
        nodes.NextDay();
        Assert.True(await onA.TryAcquireAsync(key, 4, window));
        Assert.Equal(1, await nodes.A.WithDbAsync(db => db.Set<SubmissionAttempt>().CountAsync(a => a.Key == key)));
    }

    [Fact]
    public async Task A_due_job_runs_once_when_both_nodes_try_and_another_node_takes_over_after_the_lease_expired()
    {
        var job = "test-job-" + Guid.NewGuid().ToString("N")[..8];
        var jobsA = nodes.A.Services.GetRequiredService<ClusterJobs>();
        var jobsB = nodes.B.Services.GetRequiredService<ClusterJobs>();
        var lease = TimeSpan.FromMinutes(5);
        var ran = new List<string>();
        Func<IServiceProvider, CancellationToken, Task> Work(string node) => (_, _) =>
        {
            lock (ran)
            {
                ran.Add(node);
            }

            return Task.CompletedTask;
        };
        using var runs = new RunCounter(nodes.A, nodes.B);

        var outcomes = await Task.WhenAll(jobsA.RunAsync(job, lease, Work("A"), default), jobsB.RunAsync(job, lease, Work("B"), default));

        Assert.Single(ran);
        Assert.Equal(new[] { JobOutcome.Ran, JobOutcome.SkippedLease }, outcomes.Order());
        var (holder, other) = ran[0] == "A" ? (jobsA, jobsB) : (jobsB, jobsA);

        // The holder renews its lease at its next turn; the other node keeps skipping.
        Assert.Equal(JobOutcome.Ran, await holder.RunAsync(job, lease, Work("holder"), default));
        Assert.Equal(JobOutcome.SkippedLease, await other.RunAsync(job, lease, Work("other"), default));

        // The holder stops turning up: once the lease has expired (by the app's clock), the other node takes over.
        nodes.NextDay();

        Assert.Equal(JobOutcome.Ran, await other.RunAsync(job, lease, Work("other"), default));
        Assert.Equal(JobOutcome.SkippedLease, await holder.RunAsync(job, lease, Work("holder"), default));
        Assert.Equal(new[] { ran[0], "holder", "other" }, ran);

        // Turns are counted by outcome (Modellregion.Jobs, modellregion.job.runs).
        Assert.Equal(3, runs.Of(job, "ran"));
        Assert.Equal(3, runs.Of(job, "skipped_lease"));
    }

    [Fact]
    public async Task A_failing_job_is_counted_and_keeps_its_lease_until_it_expires()
    {
        var job = "test-failing-" + Guid.NewGuid().ToString("N")[..8];
        var jobs = nodes.A.Services.GetRequiredService<ClusterJobs>();
        using var runs = new RunCounter(nodes.A, nodes.B);

        await Assert.ThrowsAsync<InvalidOperationException>(() => jobs.RunAsync(job, TimeSpan.FromMinutes(1), (_, _) => throw new InvalidOperationException("kaputt"), default));

        Assert.Equal(1, runs.Of(job, "failed"));
        Assert.Equal(JobOutcome.SkippedLease, await nodes.B.Services.GetRequiredService<ClusterJobs>().RunAsync(job, TimeSpan.FromMinutes(1), (_, _) => Task.CompletedTask, default));

        // Giving the lease up (as a stopping node does) lets the other node take over at once.
        await jobs.ReleaseAsync(job, default);
        Assert.Equal(JobOutcome.Ran, await nodes.B.Services.GetRequiredService<ClusterJobs>().RunAsync(job, TimeSpan.FromMinutes(1), (_, _) => Task.CompletedTask, default));
    }

    [Fact]
    public async Task The_public_cache_counts_hits_and_misses()
    {
        var cache = nodes.A.Services.GetRequiredService<PublicCache>();
        var factory = nodes.A.Services.GetRequiredService<IMeterFactory>();
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PublicCache.MeterName && instrument.Meter.Scope == factory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (tags.ToArray().Contains(new KeyValuePair<string, object?>("cache", "public")))
            {
                lock (counts)
                {
                    counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
                }
            }
        });
        listener.Start();

        var key = "metrics-" + Guid.NewGuid().ToString("N");
        await cache.GetOrCreateAsync(key, () => Task.FromResult(1));
        await cache.GetOrCreateAsync(key, () => Task.FromResult(2));
        await cache.GetOrCreateAsync(key, () => Task.FromResult(3));

        Assert.True(counts.GetValueOrDefault("modellregion.cache.misses") >= 1);
        Assert.True(counts.GetValueOrDefault("modellregion.cache.hits") >= 2);
    }

    [Fact]
    public async Task The_listener_connects_again_after_losing_its_connection_and_drops_everything()
    {
        if (TestDatabase.Provider != DatabaseProvider.Postgres)
        {
            // SQLite serves one node; its signals do not go through a connection.
            return;
        }

        var signals = new PostgresClusterSignals(new DatabaseSettings(DatabaseProvider.Postgres, nodes.A.ConnectionString), NullLogger<PostgresClusterSignals>.Instance);
        var received = 0;
        using var subscription = signals.Subscribe(_ =>
        {
            Interlocked.Increment(ref received);
            return Task.CompletedTask;
        });
        using var stop = new CancellationTokenSource();
        var listening = signals.ListenAsync(stop.Token);
        await signals.Listening.WaitAsync(TimeSpan.FromSeconds(30));

        await NotifyAsync(signals.NodeId);
        await NotifyAsync("another-node");
        Assert.Equal(1, await EventuallyAsync(() => Task.FromResult(Volatile.Read(ref received)), n => n >= 1));
        await Task.Delay(200);
        Assert.Equal(1, Volatile.Read(ref received));

        // The server ends the listener's connection (a restart, a failover, an administrator).
        var killed = signals.ListenerProcessId;
        await ExecuteAsync($"SELECT pg_terminate_backend({killed})");
        await EventuallyAsync(() => Task.FromResult(signals.Reconnects), n => n >= 1, TimeSpan.FromSeconds(30));
        Assert.Equal(1, signals.Reconnects);
        Assert.NotEqual(killed, signals.ListenerProcessId);

        // Reconnected, the node dropped everything (signals may have been missed), and later signals arrive again.
        Assert.Equal(2, Volatile.Read(ref received));
        await NotifyAsync("another-node");
        Assert.Equal(3, await EventuallyAsync(() => Task.FromResult(Volatile.Read(ref received)), n => n >= 3));

        await stop.CancelAsync();
        await listening;
        Assert.Equal(0, signals.ListenerProcessId);
    }

    private Task NotifyAsync(string node) => ExecuteAsync($"SELECT pg_notify('{PostgresClusterSignals.Channel}', '{node}')");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(nodes.A.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The turns of jobs that the two nodes count (meter Modellregion.Jobs).</summary>
    private sealed class RunCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Job, string Outcome, long Value)> _measurements = [];

        public RunCounter(params ModellregionApp[] apps)
        {
            var factories = apps.Select(a => a.Services.GetRequiredService<IMeterFactory>()).ToHashSet();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ClusterJobs.MeterName && instrument.Meter.Scope is IMeterFactory factory && factories.Contains(factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                var all = tags.ToArray();
                lock (_measurements)
                {
                    _measurements.Add(((string)all.Single(t => t.Key == "job").Value!, (string)all.Single(t => t.Key == "outcome").Value!, value));
                }
            });
            _listener.Start();
        }

        public long Of(string job, string outcome)
        {
            lock (_measurements)
            {
                return _measurements.Where(m => m.Job == job && m.Outcome == outcome).Sum(m => m.Value);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
