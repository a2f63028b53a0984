using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

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
/// Every saved change to the database invalidates all entries on this node at once; entries also expire after
/// <see cref="Lifetime"/>, so that several web nodes behind a load balancer agree again shortly after a change.
/// </summary>
public sealed class PublicCache(IOptions<PublicCacheOptions> options, IEnumerable<IOutputCacheStore> pageStores) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.Entries), CompactionPercentage = 0.25 });
    private long _version;
    private long _lastChangeTicks = DateTime.UtcNow.Ticks;

    /// <summary>
    /// When this node last saved a change (or started): a lower bound for <c>Last-Modified</c> of public answers,
    /// beside the recorded changes of every node (<see cref="ILastChange"/>).
    /// </summary>
    public DateTime LastLocalChange => new(Interlocked.Read(ref _lastChangeTicks), DateTimeKind.Utc);

    /// <summary>
    /// Called after every saved change: later reads compute fresh values, and the stored public pages
    /// (<see cref="PublicPagePolicy"/>) are evicted.
    /// </summary>
    public async ValueTask InvalidateAsync()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks);
        foreach (var store in pageStores)
        {
            await store.EvictByTagAsync(PublicPagePolicy.Tag, CancellationToken.None);
        }
    }

    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create)
    {
        if (!options.Value.Enabled)
        {
            return await create();
        }

        var versioned = $"public:{key}:{Interlocked.Read(ref _version)}";
        if (_cache.TryGetValue(versioned, out T? value) && value is not null)
        {
            return value;
        }

        value = await create();
        _cache.Set(versioned, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return value;
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>When public data last changed (UTC), as far as the app can tell; registered by the feature that records changes.</summary>
public interface ILastChange
{
    Task<DateTime?> AtAsync(CancellationToken cancellationToken);
}
