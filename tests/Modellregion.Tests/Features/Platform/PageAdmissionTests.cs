using Microsoft.Extensions.Options;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Which pages the output cache stores (ADR 0038): a page asked for again soon is stored, the pages of a walk through
/// the whole data set are not, and the memory of addresses keeps its size.
/// </summary>
public sealed class PageAdmissionTests
{
    private static PageAdmission New(int storeOnRequest = 2, int remembered = 1024) =>
        new(Options.Create(new PageOutputCacheOptions { StoreOnRequest = storeOnRequest, RememberedAddresses = remembered }));

    [Fact]
    public void A_page_is_stored_at_its_second_request_and_after()
    {
        var admission = New();

        Assert.False(admission.MayStore("de /projekte/smart-school"));
        Assert.True(admission.MayStore("de /projekte/smart-school"));
        Assert.True(admission.MayStore("de /projekte/smart-school"));

        // Another language or another query is another address.
        Assert.False(admission.MayStore("en /projekte/smart-school"));
        Assert.False(admission.MayStore("de /projekte/smart-school?lang=en"));
        Assert.False(admission.MayStore("de /projekte/Smart-School"));
    }

    [Fact]
    public void With_store_on_the_first_request_every_page_is_stored()
    {
        var admission = New(storeOnRequest: 1);

        Assert.True(admission.MayStore("de /akteure/neu"));
        Assert.True(admission.MayStore("de /akteure/neu"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1000, 1024)]
    [InlineData(4096, 4096)]
    [InlineData(int.MaxValue, 1 << 20)]
    public void The_memory_of_addresses_has_a_fixed_size(int remembered, int slots)
    {
        Assert.Equal(slots, New(remembered: remembered).Slots);
    }

    [Fact]
    public void A_walk_through_many_pages_is_hardly_stored_while_popular_pages_are()
    {
        var admission = New(remembered: 1024);
        var random = new Random(14);
        var pages = Enumerable.Range(0, 40_000).Select(i => $"de /kommunen/{i:D8}").ToArray();
        string[] popular = ["de /", "de /projekte", "de /regionen/owl", "en /"];

        var walkAsked = 0;
        var walkStored = 0;
        var popularAsked = 0;
        var popularStored = 0;
        for (var request = 0; request < 200_000; request++)
        {
            if (request % 10 == 0)
            {
                popularAsked++;
                popularStored += admission.MayStore(popular[random.Next(popular.Length)]) ? 1 : 0;
            }
            else
            {
                walkAsked++;
                walkStored += admission.MayStore(pages[random.Next(pages.Length)]) ? 1 : 0;
            }
        }

        // A page of the walk comes back after about 40,000 requests, one of the popular ones after about 40; the chance
        // that its address is still remembered is 1024 / (1024 + 40,000), about 2.5 %, against 1024 / (1024 + 40), 96 %.
        Assert.True(walkStored < walkAsked / 20, $"{walkStored} of {walkAsked} requests of the walk stored their page");
        Assert.True(popularStored > popularAsked * 9 / 10, $"only {popularStored} of {popularAsked} requests for popular pages could store them");
    }

    [Fact]
    public void Many_threads_at_once_neither_fail_nor_grow_the_memory()
    {
        var admission = New(remembered: 64);
        Parallel.For(0, 100_000, i => admission.MayStore($"de /projekte?seite={i % 500}"));

        Assert.Equal(64, admission.Slots);
        Assert.False(admission.MayStore("de /noch-nie-gefragt"));
        Assert.True(admission.MayStore("de /noch-nie-gefragt"));
    }
}
