using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// The project office prepares a board meeting in the browser, invites, records a resolution with a declared
/// conflict of interest; the public meeting page, the project page and OParl show the result.
/// </summary>
public sealed class BoardMeetingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Office_prepares_a_meeting_invites_records_a_resolution_and_the_public_sees_it()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, regionSlug: "owl");
        var projectSlug = await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
            var project = new Project { Slug = "projektidee-kita-online-owl", Title = "Projektidee: Kita-Anmeldung online in OWL", RegionId = region.Id, Status = ProjectStatus.Consultation };
            db.Projects.Add(project);
            foreach (var seat in await db.BoardMemberships.Take(2).ToListAsync())
            {
                seat.InvitationEmail = $"sitz{seat.Id}@test.example";
            }

            await db.SaveChangesAsync();
            return project.Slug;
        });
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, email, password);

        // A new meeting, from the back office start page. It took place yesterday: resolutions are recorded only
        // once a meeting has begun.
        var day = DateOnly.FromDateTime(Formatting.ToBerlin(DateTime.UtcNow)).AddDays(-1);
        await page.Locator("a[href='/verwaltung/digitalboard']").First.ClickAndLoadAsync();
        await page.Locator("main a:has-text('Neue Sitzung anlegen')").First.ClickAndLoadAsync();
        await page.FillAsync("#Input_Name", "4. Sitzung des Digitalboards OWL (Testlauf im Browser)");
        await page.FillAsync("#Input_Date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_StartTime", "14:00");
        await page.FillAsync("#Input_EndTime", "16:00");
        await page.FillAsync("#Input_Room", "Ratssaal");
        await page.FillAsync("#Input_Locality", "Paderborn");
        await page.Locator("main form button[type=submit]").ClickAndLoadAsync();
        Assert.StartsWith("/verwaltung/digitalboard/sitzungen/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var meetingId = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        // Two agenda items: the project idea (public) and a personnel matter (not public).
        await page.FillAsync("#Item_Title", "Projektidee Kita-Anmeldung online");
        await page.Locator("#punkt-formular button[type=submit]").ClickAndLoadAsync();
        await Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await page.FillAsync("#Item_Title", "Personalangelegenheit");
        await page.UncheckAsync("#Item_IsPublic");
        await page.Locator("#punkt-formular button[type=submit]").ClickAndLoadAsync();
        await Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(2);

        // The invitation.
        await page.Locator("form[action*='handler=Invite'] button").ClickAndLoadAsync();
        await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Einladung wurde versandt");

        // The resolution: everyone present, the IHK declares a conflict of interest.
        await page.Locator("main table tbody tr:first-child a:has-text('Beschluss erfassen')").ClickAndLoadAsync();
        foreach (var box in await page.Locator("input[id^='anwesend-']").AllAsync())
        {
            await box.CheckAsync();
        }

        await page.Locator("tbody tr", new() { HasText = "IHK" }).Locator("input[id^='befangen-']").CheckAsync();
        await page.FillAsync("#Input_Yes", "8");
        await page.FillAsync("#Input_No", "0");
        await page.FillAsync("#Input_Abstentions", "1");
        await page.SelectOptionAsync("#Input_Result", "1");
        await page.FillAsync("#Input_Text", "Das Digitalboard befürwortet die Projektidee und empfiehlt den Förderantrag.");
        await page.SelectOptionAsync("#Input_ProjectId", new SelectOptionValue { Label = "Projektidee: Kita-Anmeldung online in OWL" });
        await page.Locator("main form button[type=submit]").ClickAndLoadAsync();
        Assert.Equal($"/verwaltung/digitalboard/sitzungen/{meetingId}", new Uri(page.Url).AbsolutePath);

        // The public meeting page.
        await page.GotoAsync($"/digitalboard/sitzungen/{meetingId}");
        var agenda = await page.InnerTextAsync("main");
        Assert.Contains("Befürwortet", agenda, StringComparison.Ordinal);
        Assert.Contains("8 Ja, 0 Nein, 1 Enthaltungen", agenda, StringComparison.Ordinal);
        Assert.Contains("Befangenheit erklärt (nicht abgestimmt)", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Personalangelegenheit", agenda, StringComparison.Ordinal);

        // The project page links to the resolution; the lifecycle is at "Votum Digitalboard".
        await page.GotoAsync($"/projekte/{projectSlug}");
        await page.Locator("#votum ~ ul a").ClickAndLoadAsync();
        Assert.Equal($"/digitalboard/sitzungen/{meetingId}", new Uri(page.Url).AbsolutePath);
        await page.GotoAsync($"/projekte/{projectSlug}");
        Assert.Contains("Votum Digitalboard", await page.InnerTextAsync("main .lifecycle [aria-current=step]"), StringComparison.Ordinal);

        // OParl shows the meeting with its public item and the result.
        var response = await page.GotoAsync($"/oparl/v1.1/meeting/{meetingId}");
        Assert.Equal("*", response!.Headers["access-control-allow-origin"]);
        using var json = JsonDocument.Parse(await response.TextAsync());
        var items = json.RootElement.GetProperty("agendaItem");
        Assert.Equal(1, items.GetArrayLength());
        Assert.Equal("Beschlossen", items[0].GetProperty("result").GetString());
        Assert.Equal("eingeladen", json.RootElement.GetProperty("meetingState").GetString());
    }
}
