using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Platform.Cluster;

/// <summary>What became of one turn of a background job on this node.</summary>
public enum JobOutcome
{
    /// <summary>This node held the lease and did the work.</summary>
    Ran,

    /// <summary>Another node holds the lease; this node did nothing.</summary>
    SkippedLease,

    /// <summary>This node held the lease, and the work failed.</summary>
    Failed,
}

/// <summary>
/// Background jobs run once across all web nodes (ADR 0027): before each turn a node claims the job's lease
/// (<see cref="JobLease"/>) in the database; only the holder works, the others skip the turn. A lease lasts a little
/// less than the job's interval, so the holder claims it again at its next turn, and when the holder is gone another
/// node takes over at its first turn after the lease has expired. Times follow the app's <see cref="TimeProvider"/>.
/// The jobs themselves stay safe to run twice (reminders are sent once by a unique index, places change by
/// conditional updates): the lease saves the duplicate work, it is not their only protection.
/// Every turn is counted: meter <c>Modellregion.Jobs</c>, counter <c>modellregion.job.runs</c>, tags <c>job</c> and
/// <c>outcome</c> (ran, skipped_lease, failed).
/// </summary>
public sealed class ClusterJobs
{
    public const string MeterName = "Modellregion.Jobs";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly IClusterSignals _signals;
    private readonly Counter<long> _runs;
    private readonly TimeSpan _firstTurnDelay;

    public ClusterJobs(IServiceScopeFactory scopes, TimeProvider time, IClusterSignals signals, IMeterFactory? meters = null, Microsoft.Extensions.Options.IOptions<ClusterOptions>? options = null)
    {
        _scopes = scopes;
        _time = time;
        _signals = signals;
        _firstTurnDelay = TimeSpan.FromSeconds(Math.Max(0, options?.Value.FirstTurnDelaySeconds ?? 0));
        var meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _runs = meter.CreateCounter<long>("modellregion.job.runs", unit: "{run}", description: "Turns of background jobs by outcome.");
    }

    /// <summary>The lease for a job that runs every <paramref name="interval"/>: a tenth less, at least 10 seconds.</summary>
    public static TimeSpan LeaseFor(TimeSpan interval) => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(10).Ticks, interval.Ticks - interval.Ticks / 10));

    /// <summary>
    /// Waits <see cref="ClusterOptions.FirstTurnDelaySeconds"/> after the start before a job's first turn, so that the
    /// jobs do not take the processor from the start of the node. False when the node stops meanwhile.
    /// </summary>
    public async Task<bool> WaitForFirstTurnAsync(CancellationToken cancellationToken)
    {
        if (_firstTurnDelay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(_firstTurnDelay, _time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// One turn of <paramref name="job"/>: claims its lease for <paramref name="lease"/> and, if this node got it, runs
    /// <paramref name="work"/> in a scope of its own. A failure is counted and thrown on to the caller.
    /// </summary>
    public async Task<JobOutcome> RunAsync(string job, TimeSpan lease, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (!await TryClaimAsync(job, lease, cancellationToken))
        {
            Count(job, JobOutcome.SkippedLease);
            return JobOutcome.SkippedLease;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await work(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Count(job, JobOutcome.Failed);
            throw;
        }

        Count(job, JobOutcome.Ran);
        return JobOutcome.Ran;
    }

    /// <summary>
    /// Claims the lease of <paramref name="job"/> for this node: a new lease, one this node holds already, or one that
    /// has expired. Two nodes claiming at once cannot both succeed: the insert and the update are single statements
    /// whose condition the database checks while writing the row.
    /// </summary>
    public async Task<bool> TryClaimAsync(string job, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var expires = now + lease;
        var holder = _signals.NodeId;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\", \"ExpiresAt\") VALUES ({job}, {holder}, {expires}) ON CONFLICT (\"Name\") DO NOTHING",
            cancellationToken);
        if (inserted == 1)
        {
            return true;
        }

        var updated = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        return updated == 1;
    }

    /// <summary>Gives up the lease of <paramref name="job"/> if this node holds it (when it stops), so another node takes over at once.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var holder = _signals.NodeId;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<JobLease>()
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }

    /// <summary>As <see cref="ReleaseAsync"/> when a job stops: briefly, and a failure only means the lease runs out by itself.</summary>
    public async Task ReleaseQuietlyAsync(string job)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await ReleaseAsync(job, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Data.Common.DbException or InvalidOperationException or ObjectDisposedException)
        {
            // The lease expires by itself.
        }
    }

    private void Count(string job, JobOutcome outcome) =>
        _runs.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", outcome switch
        {
            JobOutcome.Ran => "ran",
            JobOutcome.SkippedLease => "skipped_lease",
            _ => "failed",
        }));
}
