using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Features.Account;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>The back office works with JavaScript switched off: forms are plain HTML forms.</summary>
public sealed class EditProjectWithoutJavaScriptTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Project_office_changes_a_summary_and_sees_it_on_the_public_page_and_in_the_history()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, regionSlug: "owl");
        var projectId = await app.ProjectIdAsync("lorawan-2-0");
        await using var context = await app.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await BrowserApp.SignInAsync(page, email, password);
        Assert.Equal("/verwaltung", new Uri(page.Url).AbsolutePath);

        // Open the project from the back office list, as the project office would.
        await page.ClickAsync("a[href='/verwaltung/projekte']");
        await page.ClickAsync($"main a[href='/verwaltung/projekte/{projectId}/bearbeiten']");
        Assert.Equal($"/verwaltung/projekte/{projectId}/bearbeiten", new Uri(page.Url).AbsolutePath);

        var oldSummary = await page.InputValueAsync("#Input_Summary");
        Assert.False(string.IsNullOrWhiteSpace(oldSummary));
        const string newSummary = "Stadtweites Funknetz in Delbrück: rund 1.000 Sensoren und ein offenes City-Dashboard für alle.";
        await page.FillAsync("#Input_Summary", newSummary);
        await page.ClickAsync("main form button[type=submit]");

        var notice = page.Locator("main .kern-alert--success");
        await notice.WaitForAsync();
        Assert.Contains("gespeichert", await notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(newSummary, await page.InputValueAsync("#Input_Summary"));

        await page.GotoAsync("/projekte/lorawan-2-0");
        Assert.Equal(newSummary, (await page.InnerTextAsync("main p.lead")).Trim());

        await page.GotoAsync($"/verwaltung/projekte/{projectId}/verlauf");
        // The newest entry lists exactly the one field that was changed, with the text before and after.
        var latest = page.Locator("main .result-list > li").First;
        var rows = latest.Locator("tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        var change = rows.First;
        Assert.Equal("Kurzbeschreibung", (await change.Locator("th").InnerTextAsync()).Trim());
        Assert.Equal(oldSummary, (await change.Locator("del").InnerTextAsync()).Trim());
        Assert.Equal(newSummary, (await change.Locator("ins").InnerTextAsync()).Trim());
    }
}
