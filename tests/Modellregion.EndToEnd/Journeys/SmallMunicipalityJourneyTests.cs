using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// Journey 2 on the shipped training data, clicked from the start page: the digital officer of Steinheim (Kreis
/// Höxter) looks for "Kita-Anmeldung online", finds the training region's Kita solution first because neighbouring
/// Nieheim already uses it, and sends her interest; the training region's project office finds the new case from its
/// dashboard.
/// </summary>
public sealed class SmallMunicipalityJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Steinheim = "Steinheim (Kreis Höxter, NW)";
    private const string Need = "Kita-Anmeldung online";
    private const string KitaSolution = "Kita-Anmeldung online (Beispiel)";

    [Fact]
    public async Task A_town_in_Kreis_Hoexter_finds_the_Kita_solution_its_neighbour_uses_sends_interest_and_the_office_sees_the_new_case()
    {
        var newCasesBefore = await app.WithDbAsync(db => db.TransferCases
            .CountAsync(c => c.Stage == TransferStage.Request && c.Solution!.Region!.Slug == DemoData.TrainingRegionSlug));

        await using (var municipality = await app.NewContextAsync())
        {
            var page = await municipality.NewPageAsync();
            await page.OpenStartPageAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Lösungen für meine Kommune finden" }).First.ClickAndLoadAsync();
            Assert.Equal("/loesungen/fuer-meine-kommune", new Uri(page.Url).AbsolutePath);

            // She picks her town from the suggestions and describes her need.
            await page.GetByLabel("Ihre Kommune").ChooseMunicipalityAsync("Steinh", Steinheim);
            await page.GetByLabel("Ihr Bedarf in einem Satz").FillAsync(Need);
            await page.GetByRole(AriaRole.Button, new() { Name = "Passende Lösungen zeigen" }).ClickAndLoadAsync();
            await Expect(page.Locator("#treffer")).ToHaveTextAsync($"Passende Lösungen für {Steinheim}");

            // The training Kita solution comes first: it fits the need, and Nieheim in the same Kreis uses it.
            var first = page.Locator(".match-list > li").First;
            await Expect(first.Locator("h3")).ToHaveTextAsync(KitaSolution);
            await Expect(first.Locator(".reasons li[data-reason=Need]")).ToContainTextAsync("Passt zu Ihrem Bedarf");
            await Expect(first.Locator(".reasons li[data-reason=SameDistrict]")).ToContainTextAsync("Schon im Einsatz in Ihrem Kreis (Höxter): Nieheim");

            // The interest form keeps her town and her need.
            await first.GetByRole(AriaRole.Link, new() { Name = "Interesse bekunden" }).ClickAndLoadAsync();
            Assert.Equal("/loesungen/kita-anmeldung-online-beispiel/interesse", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("#Input_Municipality")).ToHaveValueAsync(Steinheim);
            await Expect(page.Locator("#Input_Need")).ToHaveValueAsync(Need);
            await page.Locator("#Input_ContactName").FillAsync("Digitalisierungsbeauftragte Steinheim (Test)");
            await page.Locator("#Input_ContactEmail").FillAsync("digital@steinheim.example");
            await page.Locator("#Input_ContactRole").FillAsync("Digitalisierungsbeauftragte");
            await page.Locator("#Input_Timeline").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("#Input_Consent").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Interesse senden" }).ClickAndLoadAsync();
            Assert.Equal("/loesungen/kita-anmeldung-online-beispiel", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Ihre Interessensbekundung ist eingegangen (Nummer T-");
        }

        // The training region's project office sees the new case on its dashboard.
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, DemoData.TrainingRegionSlug, name: "Projektbüro der Übungsregion");
        await using var office = await app.NewContextAsync();
        var back = await office.NewPageAsync();
        await back.OpenStartPageAsync();
        await back.SignInFromHeaderAsync(email, password);
        var newCases = back.Locator("#uebersicht").GetByRole(AriaRole.Link, new() { Name = "neue Anfrage" });
        await Expect(newCases).ToHaveTextAsync($"{newCasesBefore + 1} neue Anfragen");
        await newCases.ClickAndLoadAsync();
        Assert.Equal("/verwaltung/transfer/faelle", new Uri(back.Url).AbsolutePath);
        await Expect(back.Locator("#anzahl")).ToHaveTextAsync($"{newCasesBefore + 1} Fälle");
        var row = back.Locator("main table tbody tr").Filter(new() { HasText = "Steinheim" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(KitaSolution);
        await Expect(row).ToContainTextAsync("Anfrage");

        // The case keeps what she typed.
        await row.GetByRole(AriaRole.Link, new() { Name = "T-" }).ClickAndLoadAsync();
        await Expect(back.Locator("main h1")).ToContainTextAsync("Steinheim");
        var request = back.Locator("#anfrage + dl");
        await Expect(request).ToContainTextAsync("AGS 05762032");
        await Expect(request).ToContainTextAsync(Need);
        await Expect(request).ToContainTextAsync("digital@steinheim.example");
    }
}
