using Modellregion.EndToEnd.Support;
using Modellregion.Web.Features.Account;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// A small municipality finds a solution through matchmaking and sends its interest; the project office takes the
/// case through the pipeline to "Nachgenutzt"; the solution then shows the municipality as a user.
/// </summary>
public sealed class TransferJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_municipality_finds_a_solution_sends_interest_and_after_the_transfer_appears_as_its_user()
    {
        await using var municipality = await app.NewContextAsync();
        var page = await municipality.NewPageAsync();

        // The digital officer of Höxter looks for solutions and describes her need in one sentence.
        await page.GotoAsync("/");
        await page.Locator("header a[href='/loesungen']").ClickAndLoadAsync();
        await page.Locator("main a[href='/loesungen/fuer-meine-kommune']").ClickAndLoadAsync();
        // Typing offers the official municipalities as suggestions; she picks hers.
        const string hoexter = "Höxter (Kreis Höxter, NW)";
        await page.Locator("#kommune").ChooseMunicipalityAsync("Höxt", hoexter);
        await page.FillAsync("#bedarf", "offene Daten und Sensoren für Pegelstände");
        await page.Locator("main form button[type=submit]").ClickAndLoadAsync();
        await page.Locator("#treffer").WaitForAsync();
        var first = page.Locator(".match-list > li").First;
        await Expect(first.Locator("h3")).ToHaveTextAsync("Local Open Data – urbane Datenplattform");
        await Expect(first.Locator(".reasons")).ToContainTextAsync("Passt zu Ihrem Bedarf");

        // She sends her interest from the result; her municipality and the need she typed are already filled in.
        await first.Locator("a[href*='/interesse']").ClickAndLoadAsync();
        Assert.EndsWith("/interesse", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(hoexter, await page.InputValueAsync("#Input_Municipality"));
        Assert.Equal("offene Daten und Sensoren für Pegelstände", await page.InputValueAsync("#Input_Need"));
        await page.FillAsync("#Input_ContactName", "Digitalisierungsbeauftragte Höxter (Beispiel)");
        await page.FillAsync("#Input_ContactEmail", "digital@hoexter.example");
        await page.FillAsync("#Input_Need", "Wir möchten Pegel- und Sensordaten offen zeigen.");
        await page.SelectOptionAsync("#Input_Timeline", "2");
        await page.CheckAsync("#Input_Consent");
        await page.Locator("main form button[type=submit]").ClickAndLoadAsync();
        Assert.Equal("/loesungen/local-open-data-urbane-datenplattform", new Uri(page.Url).AbsolutePath);
        var notice = await page.InnerTextAsync("main .kern-alert--success");
        Assert.Contains("T-", notice, StringComparison.Ordinal);

        // The project office sees the new case on its board and takes it through the pipeline.
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, regionSlug: "owl");
        await using var office = await app.NewContextAsync();
        var back = await office.NewPageAsync();
        await BrowserApp.SignInAsync(back, email, password);
        await back.GotoAsync("/verwaltung/transfer");
        await back.Locator("#stand-Request ~ ul a:has-text('Höxter')").ClickAndLoadAsync();
        Assert.StartsWith("/verwaltung/transfer/faelle/", new Uri(back.Url).AbsolutePath, StringComparison.Ordinal);
        foreach (var (stage, label) in new[] { ("20", "Erstgespräch"), ("30", "Vereinbarung"), ("40", "Umsetzung"), ("50", "Nachgenutzt") })
        {
            await back.SelectOptionAsync("#Move_To", stage);
            if (stage == "50")
            {
                await back.FillAsync("#Move_ReusedSince", "2026-01-15");
            }

            // Each move reloads the case page; the test reads the stage only from the page after the move.
            await back.Locator("#form-stand button[type=submit]").ClickAndLoadAsync();
            await Expect(back.Locator("main .kern-alert--success")).ToBeVisibleAsync();
            await Expect(back.Locator("#stand")).ToHaveTextAsync(label);
        }

        // The solution now names Höxter under "Wer nutzt das?".
        await page.GotoAsync("/loesungen/local-open-data-urbane-datenplattform");
        var users = await page.InnerTextAsync("#wer-nutzt + ul");
        Assert.Contains("Höxter", users, StringComparison.Ordinal);
        Assert.Contains("15.01.2026", users, StringComparison.Ordinal);
    }
}
