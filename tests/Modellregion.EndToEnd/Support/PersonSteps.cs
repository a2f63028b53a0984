using Microsoft.Playwright;

namespace Modellregion.EndToEnd.Support;

/// <summary>
/// What a person does in the browser, with waits that hold on a loaded machine: after a click that loads a page the
/// test goes on only once that page has loaded — also when it has the same address as before, as after saving a form
/// that returns to its page. No waiting for an idle network, no fixed pauses.
/// </summary>
public static class PersonSteps
{
    /// <summary>Set on the page before a click; the page the click leads to does not have it.</summary>
    private const string Marker = "__seiteVorDemKlick";

    /// <summary>Clicks a link or a form's button and waits until the page it leads to has loaded.</summary>
    public static async Task ClickAndLoadAsync(this ILocator target)
    {
        var page = target.Page;
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.EvaluateAsync($"() => {{ window.{Marker} = true; }}");
        await target.ClickAsync();
        await page.WaitForFunctionAsync($"() => window.{Marker} === undefined && document.readyState === 'complete'", null,
            new PageWaitForFunctionOptions { Timeout = BrowserApp.NavigationTimeout, PollingInterval = 100 });
    }

    /// <summary>Opens the start page, the only address a journey types.</summary>
    public static async Task OpenStartPageAsync(this IPage page)
    {
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = BrowserApp.NavigationTimeout, PollingInterval = 100 });
    }

    /// <summary>Signs in from the "Anmelden" link in the page header; ends on the back office's start page.</summary>
    public static async Task SignInFromHeaderAsync(this IPage page, string email, string password)
    {
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Anmelden", Exact = true }).ClickAndLoadAsync();
        Assert.Equal("/verwaltung/anmelden", new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAndLoadAsync();
        Assert.Equal("/verwaltung", new Uri(page.Url).AbsolutePath);
    }

    /// <summary>
    /// Types the beginning of a municipality's name into a field that suggests official municipalities and picks
    /// <paramref name="label"/> from the suggestions.
    /// </summary>
    public static async Task ChooseMunicipalityAsync(this ILocator field, string typed, string label)
    {
        var page = field.Page;
        var suggestions = $"#{await field.GetAttributeAsync("id")}-vorschlaege";

        // The script adds the list of suggestions when it has taken over the field; typed earlier, nothing is suggested.
        await page.Locator(suggestions).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await field.PressSequentiallyAsync(typed, new() { Delay = 30 });
        await page.Locator($"{suggestions} option[value='{label}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await field.FillAsync(label);
    }
}
