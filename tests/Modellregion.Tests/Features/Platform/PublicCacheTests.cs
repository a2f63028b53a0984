using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The cache of aggregates under concurrent misses: requests that miss the same key together wait for one computation
/// (the dashboard at the start of a minute under load computed the whole programme once per waiting request); a
/// computation that fails leaves the waiting requests to compute for themselves; a change drops what is kept.
/// </summary>
public sealed class PublicCacheTests
{
    private static PublicCache NewCache() => new(Options.Create(new PublicCacheOptions()), Array.Empty<IOutputCacheStore>());

    [Fact]
    public async Task Requests_that_miss_the_same_key_together_share_one_computation()
    {
        using var cache = NewCache();
        var computations = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<List<int>> Compute()
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return [1, 2, 3];
        }

        var requests = Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetOrCreateAsync("dashboard:7:1", Compute))).ToList();
        await Task.Delay(200);
        Assert.Equal(1, Volatile.Read(ref computations));
        release.SetResult();
        var answers = await Task.WhenAll(requests);
        Assert.All(answers, a => Assert.Equal([1, 2, 3], a));
        Assert.Equal(1, computations);

        // Kept for later requests; another key is computed on its own.
        Assert.Equal([1, 2, 3], await cache.GetOrCreateAsync("dashboard:7:1", () => Task.FromResult(new List<int> { 9 })));
        Assert.Equal([9], await cache.GetOrCreateAsync("dashboard:8:1", () => Task.FromResult(new List<int> { 9 })));
    }

    [Fact]
    public async Task When_the_shared_computation_fails_the_waiting_requests_compute_for_themselves()
    {
        using var cache = NewCache();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<string> Failing()
        {
            await release.Task;
            throw new OperationCanceledException("Die Anfrage wurde abgebrochen.");
        }

        var first = Task.Run(() => cache.GetOrCreateAsync("figures", Failing));
        await Task.Delay(100);
        var waiting = Enumerable.Range(0, 4).Select(i => Task.Run(() => cache.GetOrCreateAsync("figures", () => Task.FromResult("eigene Berechnung " + i)))).ToList();
        await Task.Delay(100);
        release.SetResult();
        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        var answers = await Task.WhenAll(waiting);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => "eigene Berechnung " + i), answers);

        // Nothing failed is kept: the next request computes again.
        Assert.Equal("neu", await cache.GetOrCreateAsync("figures", () => Task.FromResult("neu")));
    }

    [Fact]
    public async Task A_saved_change_drops_what_is_kept()
    {
        using var cache = NewCache();
        Assert.Equal("vorher", await cache.GetOrCreateAsync("headline", () => Task.FromResult("vorher")));
        Assert.Equal("vorher", await cache.GetOrCreateAsync("headline", () => Task.FromResult("nachher")));
        await cache.InvalidateAsync();
        Assert.Equal("nachher", await cache.GetOrCreateAsync("headline", () => Task.FromResult("nachher")));
    }

    [Fact]
    public async Task An_expired_entry_is_served_while_one_request_computes_it_afresh()
    {
        var now = 0L;
        using var cache = new PublicCache(Options.Create(new PublicCacheOptions()), Array.Empty<IOutputCacheStore>()) { Milliseconds = () => Volatile.Read(ref now) };
        Assert.Equal(1, await cache.GetOrCreateAsync("money", () => Task.FromResult(1)));
        Volatile.Write(ref now, (long)PublicCache.Lifetime.TotalMilliseconds + 1);

        var computations = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int> Compute()
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return 2;
        }

        var first = Task.Run(() => cache.GetOrCreateAsync("money", Compute));
        while (Volatile.Read(ref computations) == 0)
        {
            await Task.Delay(10);
        }

        // The others do not wait: they get the expired value at once, and none of them computes.
        var others = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.GetOrCreateAsync("money", Compute))));
        Assert.All(others, value => Assert.Equal(1, value));
        Assert.False(first.IsCompleted);
        release.SetResult();
        Assert.Equal(2, await first);
        Assert.Equal(1, computations);
        Assert.Equal(2, await cache.GetOrCreateAsync("money", () => Task.FromResult(3)));
    }

    [Fact]
    public async Task A_value_of_another_stamp_is_computed_afresh_and_served_only_while_that_runs()
    {
        using var cache = NewCache();
        Assert.Equal("Minute 1", await cache.GetOrCreateAsync("dashboard:7", () => Task.FromResult("Minute 1"), "1"));
        Assert.Equal("Minute 1", await cache.GetOrCreateAsync("dashboard:7", () => Task.FromResult("nicht gerechnet"), "1"));

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => cache.GetOrCreateAsync("dashboard:7", async () =>
        {
            started.SetResult();
            await release.Task;
            return "Minute 2";
        }, "2"));
        await started.Task;
        Assert.Equal("Minute 1", await cache.GetOrCreateAsync("dashboard:7", () => Task.FromResult("nicht gerechnet"), "2"));
        release.SetResult();
        Assert.Equal("Minute 2", await first);
        Assert.Equal("Minute 2", await cache.GetOrCreateAsync("dashboard:7", () => Task.FromResult("nicht gerechnet"), "2"));
    }

    [Fact]
    public async Task After_a_saved_change_nobody_gets_a_value_from_before_it()
    {
        var now = 0L;
        using var cache = new PublicCache(Options.Create(new PublicCacheOptions()), Array.Empty<IOutputCacheStore>()) { Milliseconds = () => Volatile.Read(ref now) };
        Assert.Equal("vorher", await cache.GetOrCreateAsync("figures", () => Task.FromResult("vorher")));
        Volatile.Write(ref now, (long)PublicCache.Lifetime.TotalMilliseconds + 1);
        await cache.InvalidateAsync();

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => cache.GetOrCreateAsync("figures", async () =>
        {
            started.SetResult();
            await release.Task;
            return "nachher";
        }));
        await started.Task;
        var waiting = Task.Run(() => cache.GetOrCreateAsync("figures", () => Task.FromResult("eigene Berechnung")));
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        release.SetResult();
        Assert.Equal("nachher", await first);
        Assert.Equal("nachher", await waiting);

        // A list's total (Find/Keep) is never taken from an expired entry.
        var lookup = cache.Find<int>("total");
        cache.Keep(lookup, 42);
        Assert.Equal(42, cache.Find<int>("total").Value);
        Volatile.Write(ref now, 10 * (long)PublicCache.Lifetime.TotalMilliseconds);
        Assert.False(cache.Find<int>("total").Found);
    }
}
