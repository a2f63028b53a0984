using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Audit;

/// <summary>What a check of the chain found: intact with <see cref="Count"/> entries, or the first broken link.</summary>
public sealed record AuditChainReport(long Count, long? BrokenId, DateTime? BrokenAt, string? LastHash)
{
    public bool Intact => BrokenId is null;
}

/// <summary>
/// The audit trail as a hash chain (ADR 0023): each entry carries SHA-256 over its canonical fields and the hash of
/// the entry before it, in the order of the keys. Appending is serialized (PostgreSQL: a transaction-level advisory
/// lock; SQLite: the single writer), so two saves at the same time never fork the chain.
/// </summary>
public static class AuditChain
{
    /// <summary>The advisory lock that serializes appends on PostgreSQL ("Audit" in ASCII).</summary>
    private const long ChainLock = 0x4175646974;

    /// <summary>
    /// Gives <paramref name="entries"/> their keys (after the last entry's) and their hashes. Runs inside the save's
    /// transaction; the lock it takes on PostgreSQL is held until that transaction ends.
    /// </summary>
    internal static async Task LinkAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await LockAsync(db, cancellationToken);
        var head = await HeadAsync(db, cancellationToken);
        if (head is { Hash: null })
        {
            await SealUnlockedAsync(db, cancellationToken);
            head = await HeadAsync(db, cancellationToken);
        }

        var id = head?.Id ?? 0;
        var previous = head?.Hash;
        foreach (var entry in entries)
        {
            entry.Id = ++id;
            entry.OccurredAt = Microseconds(entry.OccurredAt);
            entry.PreviousHash = previous;
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
        }
    }

    /// <summary>
    /// Gives the entries written before the chain existed (no hash yet) their links, in key order; deterministic,
    /// so two runs on the same data give the same hashes. Runs at start-up after the migrations.
    /// </summary>
    public static async Task<int> SealAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.AuditEntries.AnyAsync(a => a.Hash == null, cancellationToken))
        {
            return 0;
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAsync(db, cancellationToken);
            var sealedCount = await SealUnlockedAsync(db, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return sealedCount;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>Checks every link from the first entry on; reports the first entry whose hash or link does not match.</summary>
    public static async Task<AuditChainReport> VerifyAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        string? previous = null;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Hash is null || entry.PreviousHash != previous || entry.Hash != HashOf(entry))
            {
                return new AuditChainReport(count, entry.Id, entry.OccurredAt, previous);
            }

            previous = entry.Hash;
            count++;
        }

        return new AuditChainReport(count, null, null, previous);
    }

    /// <summary>
    /// The canonical form of an entry: a JSON array of a version tag and every field in a fixed order, times in UTC to
    /// the microsecond (what both databases keep), then the previous hash. SHA-256 of its UTF-8 bytes, lower-case hex.
    /// </summary>
    /// <remarks>
    /// An entry with a request id (ADR 0028) is tagged <c>audit-v2</c> and carries the id last; an entry without one
    /// keeps the form <c>audit-v1</c>, so every entry written before the request id existed still verifies.
    /// </remarks>
    public static string HashOf(AuditEntry entry)
    {
        object?[] fields =
        [
            entry.RequestId is null ? "audit-v1" : "audit-v2", entry.Id,
            Microseconds(entry.OccurredAt).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.ActorId, entry.ActorName, (int)entry.Action, entry.EntityType, entry.EntityId,
            entry.ProjectId, entry.RegionId, (int)entry.Kind, entry.Before, entry.After, entry.PreviousHash,
        ];
        var canonical = JsonSerializer.Serialize(entry.RequestId is null ? fields : [.. fields, entry.RequestId]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static DateTime Microseconds(DateTime time) =>
        new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);

    private static async Task LockAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // SQLite has one writer at a time, and this runs after the save's own writes: the lock is already held.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLock})", cancellationToken);
        }
    }

    private static Task<ChainHead?> HeadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => new ChainHead(a.Id, a.Hash)).FirstOrDefaultAsync(cancellationToken);

    private static async Task<int> SealUnlockedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var sealedCount = 0;
        while (await db.AuditEntries.AsNoTracking().Where(a => a.Hash == null).OrderBy(a => a.Id).Take(1000).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            var first = batch[0].Id;
            var previous = await db.AuditEntries.AsNoTracking().Where(a => a.Id < first).OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken);
            foreach (var entry in batch)
            {
                entry.PreviousHash = previous;
                var hash = HashOf(entry);
                var id = entry.Id;
                await db.AuditEntries.Where(a => a.Id == id && a.Hash == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.PreviousHash, previous).SetProperty(a => a.Hash, hash), cancellationToken);
                previous = hash;
                sealedCount++;
            }
        }

        return sealedCount;
    }

    private sealed record ChainHead(long Id, string? Hash);
}
