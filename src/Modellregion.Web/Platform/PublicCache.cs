using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Modellregion.Web.Platform.Cluster;

namespace Modellregion.Web.Platform;

public sealed class PublicCacheOptions
{
    public const string Section = "PublicCache";

    /// <summary>Off only to measure the uncached cost of pages.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Upper bound of the entries kept (aggregates, filter choices, list pages): lists with ever new query strings
    /// replace older entries instead of growing the memory.
    /// </summary>
    public int Entries { get; set; } = 2_000;
}

/// <summary>
/// Caches expensive aggregates (headline figures, region summaries, filter choices, and in the back office the
/// programme's money overview and open deadlines).
/// Every saved change to the database invalidates all entries on this node at once and tells the other web nodes
/// (<see cref="IClusterSignals"/>, ADR 0027), which invalidate theirs and evict their stored public pages as soon as
/// the signal arrives; entries also expire after <see cref="Lifetime"/>, a safety net should a signal be lost. An
/// entry that has only expired (no change since) is computed afresh by one request while the others still get it,
/// so that an expiry under load makes no one wait (ADR 0037).
/// </summary>
public sealed class PublicCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long after its <see cref="Lifetime"/> an expired entry is still kept to be served while one request
    /// computes it afresh; after that it is gone and everyone waits for the new value.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>The meter of the caches (<c>modellregion.cache.hits</c>, <c>modellregion.cache.misses</c>, tag <c>cache</c>).</summary>
    public const string MeterName = "Modellregion.Cache";

    private static readonly KeyValuePair<string, object?> CacheTag = new("cache", "public");

    /// <summary>Hits answered with an expired entry while another request computes it afresh.</summary>
    private static readonly KeyValuePair<string, object?> ExpiredTag = new("cache", "public-expired");

    private readonly IOptions<PublicCacheOptions> _options;
    private readonly IEnumerable<IOutputCacheStore> _pageStores;
    private readonly IClusterSignals? _signals;
    private readonly IDisposable? _subscription;
    private readonly Meter? _ownMeter;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly MemoryCache _cache;

    /// <summary>The computations running now, by versioned key (see <see cref="GetOrCreateAsync{T}"/>).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<object?>> _inFlight = new(StringComparer.Ordinal);
    private long _version;
    private long _lastChangeTicks = DateTime.UtcNow.Ticks;

    /// <summary>Milliseconds of a steady clock, for the lifetime of entries (replaced in tests).</summary>
    internal Func<long> Milliseconds { get; init; } = () => Environment.TickCount64;

    public PublicCache(IOptions<PublicCacheOptions> options, IEnumerable<IOutputCacheStore> pageStores, IClusterSignals? signals = null, IMeterFactory? meters = null)
    {
        _options = options;
        _pageStores = pageStores;
        _signals = signals;
        _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.Entries), CompactionPercentage = 0.25 });
        var meter = meters?.Create(MeterName) ?? (_ownMeter = new Meter(MeterName));
        _hits = meter.CreateCounter<long>("modellregion.cache.hits", unit: "{lookup}", description: "Lookups answered from the cache.");
        _misses = meter.CreateCounter<long>("modellregion.cache.misses", unit: "{lookup}", description: "Lookups that computed the value.");

        // Another node saved a change (or signals may have been lost): drop what this node keeps.
        _subscription = signals?.Subscribe(_ => InvalidateAsync().AsTask());
    }

    /// <summary>
    /// When this node last saved a change, heard of one from another node, or started: a lower bound for
    /// <c>Last-Modified</c> of public answers, beside the recorded changes of every node (<see cref="ILastChange"/>).
    /// </summary>
    public DateTime LastLocalChange => new(Interlocked.Read(ref _lastChangeTicks), DateTimeKind.Utc);

    /// <summary>
    /// Drops everything on this node: later reads compute fresh values, and the stored public pages
    /// (<see cref="PublicPagePolicy"/>) are evicted.
    /// </summary>
    public async ValueTask InvalidateAsync()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks);
        foreach (var store in _pageStores)
        {
            await store.EvictByTagAsync(PublicPagePolicy.Tag, CancellationToken.None);
        }
    }

    /// <summary>
    /// Called after every saved change: invalidates this node (<see cref="InvalidateAsync"/>) and tells the other
    /// nodes. The data are saved already, so a signal that cannot be sent is no error of the save: the other nodes
    /// catch up within <see cref="Lifetime"/>. Not cancelled with the request, for the same reason.
    /// </summary>
    /// <param name="written">Whether rows were written; a save without changes tells no one.</param>
    public async Task ChangedAsync(DatabaseFacade database, bool written = true)
    {
        await InvalidateAsync();
        if (_signals is null || !written)
        {
            return;
        }

        try
        {
            await _signals.PublishChangedAsync(database, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // Saved already; the other nodes' entries expire within the lifetime.
        }
    }

    /// <summary>
    /// The cached value of <paramref name="key"/>, or a new one from <paramref name="create"/>. Requests that miss the
    /// same key at the same moment wait for one computation instead of each running it: the first computes, the
    /// others take its value. Should that computation fail or be cancelled with its request, each waiting request
    /// computes for itself. When the entry has only expired (after <see cref="Lifetime"/>, or its
    /// <paramref name="stamp"/> is not the one asked for, e.g. the dashboard's minute) and nothing was saved since,
    /// the other requests get the expired value while the first computes the new one; after a saved change nobody
    /// gets a value from before it.
    /// </summary>
    /// <param name="stamp">What the value was computed for beside the key (e.g. the minute); another stamp makes the entry expired.</param>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create, string? stamp = null)
    {
        if (!_options.Value.Enabled)
        {
            return await create();
        }

        var versioned = Versioned(key);
        var (hasExpired, expired) = (false, default(T));
        if (_cache.TryGetValue(versioned, out Entry? entry) && entry?.Value is T cached)
        {
            if (entry.Stamp == stamp && Milliseconds() < entry.FreshUntil)
            {
                _hits.Add(1, CacheTag);
                return cached;
            }

            (hasExpired, expired) = (true, cached);
        }

        var mine = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var flight = _inFlight.GetOrAdd(versioned, mine.Task);
        if (flight != mine.Task)
        {
            if (hasExpired)
            {
                _hits.Add(1, ExpiredTag);
                return expired!;
            }

            if (await flight is T shared)
            {
                _hits.Add(1, CacheTag);
                return shared;
            }

            _misses.Add(1, CacheTag);
            return await create();
        }

        _misses.Add(1, CacheTag);
        try
        {
            var value = await create();
            if (value is not null)
            {
                Store(versioned, value, stamp);
            }

            mine.TrySetResult(value);
            return value;
        }
        finally
        {
            // Failed or cancelled: the waiting requests get null and compute for themselves.
            mine.TrySetResult(null);
            _inFlight.TryRemove(new KeyValuePair<string, Task<object?>>(versioned, mine.Task));
        }
    }

    /// <summary>
    /// Looks <paramref name="key"/> up without computing it, for a value that comes cheaply along with other work on a
    /// miss (a list's total read in the same query as its first page): keep it with <see cref="Keep{T}"/>. The lookup
    /// holds the version it was made under, so a value read while a change was saved is kept for the old version
    /// only and never served after the change.
    /// </summary>
    public CacheLookup<T> Find<T>(string key)
    {
        if (!_options.Value.Enabled)
        {
            return default;
        }

        var versioned = Versioned(key);
        if (_cache.TryGetValue(versioned, out Entry? entry) && entry?.Value is T value && entry.Stamp is null && Milliseconds() < entry.FreshUntil)
        {
            _hits.Add(1, CacheTag);
            return new(true, value, versioned);
        }

        _misses.Add(1, CacheTag);
        return new(false, default, versioned);
    }

    /// <summary>Keeps the value of a missed <see cref="Find{T}"/> under the version of that lookup.</summary>
    public void Keep<T>(CacheLookup<T> lookup, T value)
    {
        if (!lookup.Found && lookup.Key is { } versioned && value is not null)
        {
            Store(versioned, value, null);
        }
    }

    /// <summary>The key under the current version: a change makes every earlier key unreachable.</summary>
    private string Versioned(string key) => $"public:{key}:{Interlocked.Read(ref _version)}";

    private void Store(string versioned, object value, string? stamp) =>
        _cache.Set(versioned, new Entry(value, stamp, Milliseconds() + (long)Lifetime.TotalMilliseconds),
            new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime + Grace, Size = 1 });

    /// <summary>A kept value, what it was computed for, and until when (<see cref="Milliseconds"/>) it is served without computing.</summary>
    private sealed record Entry(object Value, string? Stamp, long FreshUntil);

    public void Dispose()
    {
        _subscription?.Dispose();
        _cache.Dispose();
        _ownMeter?.Dispose();
    }
}

/// <summary>The result of <see cref="PublicCache.Find{T}"/>: the value when found, else where to keep it.</summary>
public readonly record struct CacheLookup<T>(bool Found, T? Value, string? Key);

/// <summary>When public data last changed (UTC), as far as the app can tell; registered by the feature that records changes.</summary>
public interface ILastChange
{
    Task<DateTime?> AtAsync(CancellationToken cancellationToken);
}
