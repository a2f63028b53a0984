using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// Journey 1 on the shipped training data, clicked from the start page: Monday morning in the project office of the
/// Übungsregion. The dashboard names what waits; the office opens the waiting fund request of the "Digitale Bauakte",
/// sees the grant left and the two-month rule checked, forwards it; the granting authority pays it; the public project
/// page shows the new amount paid out.
/// </summary>
public sealed class MondayMorningJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Project = "Digitale Bauakte Musterstadt (Beispiel)";

    [Fact]
    public async Task Office_checks_and_forwards_the_waiting_fund_request_the_authority_pays_and_the_public_page_shows_the_payment()
    {
        // Setup, not navigation: the accounts the training region's first start would print.
        var (officeEmail, officePassword) = await app.CreateUserAsync(AppRole.ProjectOffice, DemoData.TrainingRegionSlug, name: "Projektbüro der Übungsregion");
        var (authorityEmail, authorityPassword) = await app.CreateUserAsync(AppRole.GrantingAuthority, DemoData.TrainingRegionSlug, name: "Bewilligungsbehörde der Übungsregion");

        await using (var office = await app.NewContextAsync())
        {
            var page = await office.NewPageAsync();
            await page.OpenStartPageAsync();
            await page.SignInFromHeaderAsync(officeEmail, officePassword);

            // What waits this morning: one fund request to check, two interim proofs overdue, one funding period ending.
            var dashboard = page.Locator("#uebersicht");
            var toCheck = dashboard.GetByRole(AriaRole.Link, new() { Name = "Mittelabruf wartet auf die Prüfung" });
            await Expect(toCheck).ToHaveTextAsync("1 Mittelabruf wartet auf die Prüfung");
            await Expect(dashboard.GetByRole(AriaRole.Link, new() { Name = "Nachweise sind überfällig" })).ToHaveTextAsync("2 Nachweise sind überfällig");
            await Expect(dashboard.GetByRole(AriaRole.Link, new() { Name = "in den nächsten 60 Tagen" })).ToHaveTextAsync("1 Bewilligungszeitraum endet in den nächsten 60 Tagen");

            // The count leads to the list of exactly that request.
            await toCheck.ClickAndLoadAsync();
            Assert.Equal("/verwaltung/fristen", new Uri(page.Url).AbsolutePath);
            var rows = page.Locator("main table").Filter(new() { Has = page.Locator("caption", new() { HasText = "Ausgewählte Fristen" }) }).Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync("Mittelabruf Nr. 4 über 38.500 € prüfen");
            await rows.GetByRole(AriaRole.Link, new() { Name = Project }).ClickAndLoadAsync();
            Assert.Matches(@"^/verwaltung/projekte/\d+/mittelabrufe$", new Uri(page.Url).AbsolutePath);

            // The request with the grant left and the rules already checked.
            await Expect(page.Locator("main")).ToContainTextAsync("noch verfügbar: 176.500 €");
            var request = RequestNumber(page, 4);
            await Expect(request.Locator("h3")).ToHaveTextAsync("Mittelabruf Nr. 4: 38.500 € – Eingereicht – wartet auf Prüfung");
            var checks = request.Locator(".request-checks li");
            await Expect(checks).ToHaveCountAsync(3);
            await Expect(request.Locator(".request-checks li[data-passed=false]")).ToHaveCountAsync(0);
            await Expect(checks.Nth(0)).ToContainTextAsync("Zuwendung reicht: Mit diesem Abruf sind 223.500 € von 400.000 € abgerufen oder ausgezahlt, es bleiben 176.500 €.");
            await Expect(checks.Nth(1)).ToContainTextAsync("2-Monats-Regel eingehalten: Das Geld wird bis");
            await Expect(checks.Nth(2)).ToContainTextAsync("Im Bewilligungszeitraum");

            await request.GetByRole(AriaRole.Button, new() { Name = "Geprüft: weiterleiten" }).ClickAndLoadAsync();
            await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Der Mittelabruf wurde geprüft und weitergeleitet.");
            await Expect(RequestNumber(page, 4).Locator("h3")).ToHaveTextAsync("Mittelabruf Nr. 4: 38.500 € – Geprüft und weitergeleitet");
        }

        // The granting authority, at its own desk, pays what was forwarded.
        await using var authority = await app.NewContextAsync();
        var desk = await authority.NewPageAsync();
        await desk.OpenStartPageAsync();
        await desk.SignInFromHeaderAsync(authorityEmail, authorityPassword);
        var toPay = desk.Locator("#uebersicht").GetByRole(AriaRole.Link, new() { Name = "auf die Auszahlung" });
        await Expect(toPay).ToHaveTextAsync("2 weitergeleitete Mittelabrufe warten auf die Auszahlung");
        await toPay.ClickAndLoadAsync();
        Assert.Equal("/verwaltung/mittelabrufe", new Uri(desk.Url).AbsolutePath);
        var forwarded = desk.Locator("main table tbody tr").Filter(new() { HasText = "38.500 €" });
        await Expect(forwarded).ToHaveCountAsync(1);
        await forwarded.GetByRole(AriaRole.Link, new() { Name = Project }).ClickAndLoadAsync();

        var today = DateOnly.FromDateTime(Formatting.ToBerlin(DateTime.UtcNow));
        var payment = RequestNumber(desk, 4);
        await payment.Locator("summary", new() { HasText = "Auszahlung erfassen" }).ClickAsync();
        await payment.GetByLabel("Ausgezahlt am").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(payment.GetByLabel("Ausgezahlter Betrag")).ToHaveValueAsync("38500");
        await payment.GetByRole(AriaRole.Button, new() { Name = "Auszahlung speichern" }).ClickAndLoadAsync();
        await Expect(desk.Locator("main .kern-alert--success")).ToContainTextAsync("Die Auszahlung wurde erfasst.");
        await Expect(RequestNumber(desk, 4).Locator("h3")).ToHaveTextAsync("Mittelabruf Nr. 4: 38.500 € – Ausgezahlt");

        // The project's public page, from its tabs: 80.000 € + 60.000 € paid before, 38.500 € now.
        await desk.Locator("nav[aria-label='Bereiche des Projekts']").GetByRole(AriaRole.Link, new() { Name = "Öffentliche Seite" }).ClickAndLoadAsync();
        Assert.StartsWith("/projekte/", new Uri(desk.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(desk.Locator("main h1")).ToHaveTextAsync(Project);
        var paidOut = desk.Locator("main aside .kern-description-list-item").Filter(new() { Has = desk.Locator("dt", new() { HasText = "Ausgezahlt (Mittelabfluss)" }) }).Locator("dd");
        await Expect(paidOut).ToContainTextAsync("178.500 €");
        await Expect(paidOut).ToContainTextAsync("44,6 % der Zuwendung");
    }

    /// <summary>The entry of one fund request on a project's fund request page.</summary>
    private static ILocator RequestNumber(IPage page, int number) =>
        page.Locator("main .result-list > li").Filter(new() { Has = page.Locator("h3", new() { HasText = $"Mittelabruf Nr. {number}:" }) });
}
