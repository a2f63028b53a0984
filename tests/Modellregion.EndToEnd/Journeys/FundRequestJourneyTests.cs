using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Features.Account;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// Monday morning in the project office: the lead submits a fund request, the office sees it on the deadlines
/// dashboard and forwards it, the granting authority pays, and the public project page shows the money paid out.
/// </summary>
public sealed class FundRequestJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Lead_submits_office_forwards_authority_pays_and_the_figures_follow()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var slug = "mittelabruf-" + Guid.NewGuid().ToString("N")[..6];
        var id = await app.RunningProjectAsync(200_000m, today.AddDays(-60), today.AddDays(400), slug);
        var (leadEmail, leadPassword) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug, name: "Lena Leitung");
        var (officeEmail, officePassword) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl", name: "Olaf Projektbüro");
        var (authorityEmail, authorityPassword) = await app.CreateUserAsync(AppRole.GrantingAuthority, "owl", name: "Bezirksregierung Detmold");

        // The lead drafts and submits.
        await using (var lead = await app.NewContextAsync())
        {
            var page = await lead.NewPageAsync();
            await BrowserApp.SignInAsync(page, leadEmail, leadPassword);
            await page.GotoAsync($"/verwaltung/projekte/{id}/mittelabrufe");
            await page.FillAsync("#Input_Amount", "12500");
            await page.FillAsync("#Input_NeededFrom", today.ToString("yyyy-MM-dd"));
            await page.FillAsync("#Input_NeededUntil", today.AddDays(30).ToString("yyyy-MM-dd"));
            await page.FillAsync("#Input_Justification", "Rechnung des Dienstleisters für den Aufbau des Portals");
            await page.Locator("main form[action*=Save] button[type=submit]").ClickAndLoadAsync();
            await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Entwurf wurde gespeichert");
            await page.Locator("main form[action*=Submit] button[type=submit]").ClickAndLoadAsync();
            await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("eingereicht");
        }

        // The office sees it on the deadlines dashboard and forwards it.
        await using (var office = await app.NewContextAsync())
        {
            var page = await office.NewPageAsync();
            await BrowserApp.SignInAsync(page, officeEmail, officePassword);
            await page.Locator("a[href='/verwaltung/fristen']").First.ClickAndLoadAsync();
            var waiting = page.Locator("#tabelle-pruefung").Locator("xpath=ancestor::table");
            Assert.Contains("Mittelabruf Nr. 1 über 12.500 € prüfen", await waiting.InnerTextAsync(), StringComparison.Ordinal);
            await waiting.Locator($"a[href='/verwaltung/projekte/{id}/mittelabrufe']").ClickAndLoadAsync();
            await page.Locator("main form[action*=Forward] button[type=submit]").ClickAndLoadAsync();
            await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("weitergeleitet");
            await page.GotoAsync("/verwaltung/fristen");
            Assert.DoesNotContain("Mittelabruf Nr. 1 über 12.500 €", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        }

        // The authority records the payment; the finances and the public page show it.
        await using (var authority = await app.NewContextAsync())
        {
            var page = await authority.NewPageAsync();
            await BrowserApp.SignInAsync(page, authorityEmail, authorityPassword);
            await page.GotoAsync($"/verwaltung/projekte/{id}/mittelabrufe");
            await page.ClickAsync("main summary:has-text('Auszahlung erfassen')");
            await page.FillAsync("main form[action*=Pay] input[name='Payment.PaidOn']", today.ToString("yyyy-MM-dd"));
            await page.Locator("main form[action*=Pay] button[type=submit]").ClickAndLoadAsync();
            await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Auszahlung wurde erfasst");
            await page.GotoAsync("/verwaltung/finanzen?region=owl");
            Assert.Contains("12.500 €", await page.InnerTextAsync("main table"), StringComparison.Ordinal);
        }

        await using var citizen = await app.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var publicPage = await citizen.NewPageAsync();
        await publicPage.GotoAsync($"/projekte/{slug}");
        var facts = await publicPage.InnerTextAsync("main aside");
        Assert.Contains("200.000 €", facts, StringComparison.Ordinal);
        Assert.Contains("12.500 €", facts, StringComparison.Ordinal);
        Assert.Contains("6,2 % der Zuwendung", facts, StringComparison.Ordinal);
        Assert.Equal(1, await publicPage.Locator("main svg[role=img]").CountAsync());
    }
}
