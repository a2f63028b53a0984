using Modellregion.EndToEnd.Support;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>Keyboard users reach the content first.</summary>
public sealed class KeyboardTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task First_Tab_focuses_the_skip_link_and_Enter_moves_focus_to_the_main_content()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("Zum Inhalt springen", (await focused.InnerTextAsync()).Trim());
        Assert.Equal("#inhalt", await focused.GetAttributeAsync("href"));
        var box = await focused.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "Der Sprunglink ist mit dem Fokus nicht sichtbar.");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhalt", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
    }
}
