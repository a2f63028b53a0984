using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Features.Api;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.News;

namespace Modellregion.Tests.Features.News;

/// <summary>The news in the read API: what /aktuelles shows, paged and filtered; unpublished news never; bad values 400.</summary>
public sealed class NewsApiTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task The_list_carries_the_published_demo_news_newest_first()
    {
        var page = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?jahr=2023");

        ReadApiAssert.IsPage(page, 1, total: 2);
        var first = page.GetProperty("items")[0];
        Assert.Equal("Abschlussbericht der Digitalen Modellregion Aachen vorgestellt", first.GetProperty("title").GetString());
        Assert.Equal("2023-08-17", first.GetProperty("publishedOn").GetString());
        Assert.Equal("aachen", first.GetProperty("regionSlug").GetString());
        Assert.False(first.GetProperty("isExample").GetBoolean());
        Assert.Equal("Abschlussveranstaltung der Digitalen Modellregion OWL", page.GetProperty("items")[1].GetProperty("title").GetString());

        // Without filters: the real news before the training region's examples.
        var all = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news");
        Assert.True(all.GetProperty("totalCount").GetInt32() >= 8);
        Assert.Equal(20, all.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Region_year_and_search_filter_the_list()
    {
        var owl = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?region=owl");
        ReadApiAssert.IsPage(owl, 1, total: 4);
        Assert.All(ReadApiAssert.Strings(owl, "regionSlug"), slug => Assert.Equal("owl", slug));

        var year = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?jahr=2018");
        ReadApiAssert.IsPage(year, 1, total: 2);
        Assert.All(ReadApiAssert.Strings(year, "publishedOn"), on => Assert.StartsWith("2018-", on, StringComparison.Ordinal));

        var both = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?region=soest&jahr=2018");
        Assert.Equal(["Rund 700.000 Euro für das Projektbüro in Soest"], ReadApiAssert.Strings(both, "title"));

        // German-aware search in title, teaser and text: "foerderbescheid" finds "Förderbescheid".
        foreach (var term in new[] { "Förderbescheid", "FOERDERBESCHEID", "heinz nixdorf" })
        {
            var found = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?q=" + Uri.EscapeDataString(term));
            Assert.True(found.GetProperty("totalCount").GetInt32() >= 1, term);
        }

        var search = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?q=f%C3%B6rderbescheid&region=owl");
        Assert.Contains("Erster Förderbescheid in der Modellregion OWL übergeben", ReadApiAssert.Strings(search, "title"));
        Assert.Equal(0, (await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?q=Quantencomputer")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_news_item_is_read_by_the_short_name_of_its_page()
    {
        var list = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?region=owl&jahr=2018");
        var slug = ReadApiAssert.Strings(list, "slug").Single();
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/aktuelles/" + slug)).StatusCode);

        var item = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news/" + slug);
        Assert.Equal("Erster Förderbescheid in der Modellregion OWL übergeben", item.GetProperty("title").GetString());
        Assert.Contains("8. Oktober 2018", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("owl", item.GetProperty("regionSlug").GetString());
        Assert.Equal("2018-10-08", item.GetProperty("publishedOn").GetString());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("projectSlug").GetString()));
        Assert.StartsWith("https://www.paderborn.de/", item.GetProperty("sources")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_follow_each_other_and_the_total_counts_all()
    {
        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "aachen");
            for (var i = 1; i <= 24; i++)
            {
                db.News.Add(new NewsItem { Slug = $"seitentest-{i:00}", Title = $"Seitentest {i:00}", PublishedOn = new DateOnly(2031, 1, i), RegionId = region.Id });
            }

            await db.SaveChangesAsync();
        });

        var first = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?jahr=2031");
        var second = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?jahr=2031&seite=2");
        var beyond = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/news?jahr=2031&seite=3");

        ReadApiAssert.IsPage(first, 1, total: 24);
        ReadApiAssert.IsPage(second, 2, total: 24);
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(4, second.GetProperty("items").GetArrayLength());
        Assert.Empty(ReadApiAssert.Strings(first, "slug").Intersect(ReadApiAssert.Strings(second, "slug")));
        Assert.Equal("seitentest-24", ReadApiAssert.Strings(first, "slug")[0]);
        Assert.Equal("seitentest-01", ReadApiAssert.Strings(second, "slug")[^1]);
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Unpublished_news_never_appear()
    {
        var marker = "Entwurf" + Guid.NewGuid().ToString("N")[..8];
        var slug = marker.ToLowerInvariant();
        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
            db.News.Add(new NewsItem { Slug = slug, Title = $"Meldung {marker}", Teaser = marker, PublishedOn = new DateOnly(2023, 6, 1), RegionId = region.Id, IsPublished = false });
            await db.SaveChangesAsync();
        });

        foreach (var url in new[] { "/api/v1/news", "/api/v1/news?region=owl", "/api/v1/news?jahr=2023", $"/api/v1/news?q={marker}" })
        {
            var body = await app.Browser().GetStringAsync(url);
            Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await ReadApiAssert.OkAsync(app.Browser(), $"/api/v1/news?q={marker}")).GetProperty("totalCount").GetInt32());
        var problem = await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news/" + slug, HttpStatusCode.NotFound);
        Assert.Equal("Meldung nicht gefunden", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("seite=-1")]
    [InlineData("seite=0")]
    [InlineData("seite=abc")]
    [InlineData("seite=99999999999")]
    [InlineData("seite=1.5")]
    [InlineData("jahr=9999")]
    [InlineData("jahr=zwanzig")]
    [InlineData("region=gibt-es-nicht")]
    [InlineData("region=%F0%9F%98%80")]
    [InlineData("q=%F0%9F%98%80")]
    [InlineData("q=Schule%07")]
    public async Task Bad_values_are_answered_400_in_German(string query)
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news?" + query, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_over_long_search_and_unknown_items_are_problems_not_errors()
    {
        var problem = await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news?q=" + ReadApiAssert.TenKilobytes, HttpStatusCode.BadRequest);
        Assert.Contains("höchstens 200 Zeichen", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var region = await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news?region=atlantis", HttpStatusCode.BadRequest);
        Assert.Contains("„atlantis“ ist als Region", region.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news/gibt-es-nicht", HttpStatusCode.NotFound);
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news/%F0%9F%98%80", HttpStatusCode.NotFound);
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/news/" + new string('x', 3000), HttpStatusCode.NotFound);
    }
}
