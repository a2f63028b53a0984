using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform.Cluster;

namespace Modellregion.Web.Platform;

/// <summary>An attempt counted by <see cref="SubmissionThrottle"/>, to give it back.</summary>
public sealed record SubmissionSlot(long Id);

/// <summary>
/// A sliding-window limit per key (e.g. per client address): at most <c>limit</c> attempts within <c>window</c>.
/// The attempts are counted in the database (<see cref="SubmissionAttempt"/>), so the limit holds across every web
/// node behind the load balancer (ADR 0027); enough to stop a flood from one address without a CAPTCHA. Each key is
/// decided one attempt at a time: on PostgreSQL under a transaction-scoped advisory lock on the key, on SQLite by its
/// single writer. Expired attempts are deleted, so the table stays small.
/// </summary>
public sealed class SubmissionThrottle(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>How often a node deletes the expired attempts of every key.</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private long _lastSweepTicks;

    /// <summary>Records an attempt and returns whether it is within the limit; refused attempts are not counted.</summary>
    public async Task<bool> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken = default) =>
        await AcquireAsync(key, limit, window, cancellationToken) is not null;

    /// <summary>As <see cref="TryAcquireAsync"/>; the slot of an accepted attempt, to <see cref="ReleaseAsync"/> it, or null when refused.</summary>
    public async Task<SubmissionSlot?> AcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - window;
        var expires = now + window;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await SweepAsync(db, now, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", cancellationToken);
        }

        var attempts = db.Set<SubmissionAttempt>();
        await attempts.Where(a => a.Key == key && a.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (await attempts.CountAsync(a => a.Key == key && a.At > since, cancellationToken) >= limit)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var ids = await db.Database
            .SqlQuery<long>($"INSERT INTO \"SubmissionAttempts\" (\"Key\", \"At\", \"ExpiresAt\") VALUES ({key}, {now}, {expires}) RETURNING \"Id\" AS \"Value\"")
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmissionSlot(ids.Single());
    }

    /// <summary>
    /// Gives back an attempt recorded by <see cref="AcquireAsync"/> that did not count after all (e.g. a submission that
    /// turned out invalid), so that only what was accepted uses up the limit.
    /// </summary>
    public async Task ReleaseAsync(SubmissionSlot slot)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Not cancelled with the request: the attempt must not keep counting because the visitor went away.
        await db.Set<SubmissionAttempt>().Where(a => a.Id == slot.Id).ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Once a minute per node: the expired attempts of every key.</summary>
    private async Task SweepAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if ((now.Ticks - last < SweepInterval.Ticks && now.Ticks >= last)
            || Interlocked.CompareExchange(ref _lastSweepTicks, now.Ticks, last) != last)
        {
            return;
        }

        await db.Set<SubmissionAttempt>().Where(a => a.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
