using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>A citizen looks for the projects of one region.</summary>
public sealed partial class FilterProjectsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Citizen_filters_projects_by_region_and_can_bookmark_the_result()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/projekte");
        var allCount = await CountAsync(page);

        await page.SelectOptionAsync("#filter-region", "owl");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("region=owl", StringComparison.Ordinal));

        var owlCount = await CountAsync(page);
        Assert.InRange(owlCount, 1, allCount - 1);
        Assert.Equal("owl", await page.InputValueAsync("#filter-region"));
        var filtered = page.Url;

        var next = page.Locator("main .pagination a[rel=next]");
        if (await next.CountAsync() > 0)
        {
            await next.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("seite=2", StringComparison.Ordinal));
            Assert.Contains("region=owl", page.Url, StringComparison.Ordinal);
            Assert.Equal(owlCount, await CountAsync(page));
            Assert.Contains("Seite 2", await page.InnerTextAsync("main .pagination"), StringComparison.Ordinal);
        }
        else
        {
            var first = page.Locator("main .result-list h3 a").First;
            var title = (await first.InnerTextAsync()).Trim();
            await first.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/projekte/", StringComparison.Ordinal));
            Assert.Equal(title, (await page.InnerTextAsync("main h1")).Trim());
        }

        // The filtered list is an ordinary address: opened again (bookmark, shared link) it shows the same result.
        var bookmark = await context.NewPageAsync();
        await bookmark.GotoAsync(filtered);
        Assert.Equal(owlCount, await CountAsync(bookmark));
        Assert.Equal("owl", await bookmark.InputValueAsync("#filter-region"));
    }

    private static async Task<int> CountAsync(IPage page)
    {
        var heading = await page.InnerTextAsync("#ergebnis-titel");
        var match = CountPattern().Match(heading);
        Assert.True(match.Success, $"Keine Trefferzahl in der Überschrift „{heading}“.");
        return int.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"([\d.]+) Projekte? gefunden")]
    private static partial Regex CountPattern();
}
