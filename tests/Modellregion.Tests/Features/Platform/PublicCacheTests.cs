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
}
