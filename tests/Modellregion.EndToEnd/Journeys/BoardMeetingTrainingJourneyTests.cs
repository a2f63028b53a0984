using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using MimeKit;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// Journey 3 on the shipped training data, clicked from the start page: the training region's project office holds a
/// board meeting today. It puts three project ideas on the agenda in one step, sends the invitation (mail with the
/// agenda and an .ics), records the resolution on one idea with the tally and a declared conflict of interest; the
/// public meeting page and the project's public page show the Votum the same day.
/// </summary>
public sealed class BoardMeetingTrainingJourneyTests(MailingBrowserApp app) : IClassFixture<MailingBrowserApp>
{
    private const string Board = "Digitalboard der Übungsregion (Beispiel)";
    private const string Parking = "Smarte Parkplatzsuche Beispielhausen (Beispiel)";
    private static readonly string[] Ideas = [Parking, "Online-Terminbuchung für das Bürgerbüro (Beispiel)", "Digitale Hundesteuer-Anmeldung (Beispiel)"];

    /// <summary>A member of the training board with an address for invitations (the chair).</summary>
    private const string ChairEmail = "erika.beispiel@musterstadt.example";

    [Fact]
    public async Task Office_assembles_the_agenda_from_three_ideas_invites_records_a_resolution_with_a_conflict_and_the_public_sees_the_Votum()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, DemoData.TrainingRegionSlug, name: "Projektbüro der Übungsregion");
        var meetingName = "Sondersitzung des Digitalboards (Test " + Guid.NewGuid().ToString("N")[..6] + ")";

        // Today, begun within the last hour: resolutions are offered once a meeting has begun.
        var now = Formatting.ToBerlin(DateTime.UtcNow);
        var start = now.AddMinutes(-30) < now.Date ? now.Date : now.AddMinutes(-30);
        var end = start.AddHours(2).Date == start.Date ? start.AddHours(2) : start.Date.AddHours(23).AddMinutes(59);

        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenStartPageAsync();
        await page.SignInFromHeaderAsync(email, password);

        // From the back office's start page to the board, then a new meeting.
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Digitalboard: Sitzungen, Vorlagen, Beschlüsse" }).ClickAndLoadAsync();
        var board = page.Locator("main section").Filter(new() { Has = page.Locator("h2", new() { HasText = Board }) });
        await board.GetByRole(AriaRole.Link, new() { Name = "Neue Sitzung anlegen" }).ClickAndLoadAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync($"Neue Sitzung: {Board}");
        await page.GetByLabel("Name der Sitzung").FillAsync(meetingName);
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Beginn (Uhrzeit)").FillAsync(start.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Ende (Uhrzeit)").FillAsync(end.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Raum").FillAsync("Ratssaal");
        await page.GetByLabel("Ort").FillAsync("Musterstadt (fiktiv)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sitzung anlegen" }).ClickAndLoadAsync();
        Assert.Matches(@"^/verwaltung/digitalboard/sitzungen/\d+$", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(meetingName);
        await Expect(page.Locator("#beschluesse-hinweis")).ToHaveCountAsync(0);

        // Three project ideas on the agenda in one step, each with its paper.
        var ideas = page.Locator("#Projects_ProjectIds");
        foreach (var idea in Ideas)
        {
            await ideas.Locator(".kern-form-check").Filter(new() { HasText = idea }).GetByRole(AriaRole.Checkbox).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Gewählte Projektideen aufnehmen" }).ClickAndLoadAsync();
        await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Die 3 Projektideen stehen jetzt mit je einer Vorlage auf der Tagesordnung.");
        var agenda = page.Locator("main table tbody tr");
        await Expect(agenda).ToHaveCountAsync(3);
        foreach (var idea in Ideas)
        {
            await Expect(agenda.Filter(new() { HasText = idea })).ToHaveCountAsync(1);
        }

        await Expect(page.Locator("main table [data-ohne-vorlage]")).ToHaveCountAsync(0);

        // The invitation goes out by mail, with the agenda, its papers and the meeting as .ics.
        await page.GetByRole(AriaRole.Button, new() { Name = "Einladung versenden" }).ClickAndLoadAsync();
        await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Die Einladung wurde versandt.");
        var invitation = Assert.Single(app.Smtp.MessagesTo(ChairEmail), m => m.Subject?.Contains(meetingName, StringComparison.Ordinal) == true);
        Assert.Equal($"Einladung: {meetingName} am {start:dd.MM.yyyy}", invitation.Subject);
        var body = invitation.TextBody ?? "";
        foreach (var idea in Ideas)
        {
            Assert.Contains(idea, body, StringComparison.Ordinal);
        }

        Assert.Equal(3, body.Split("– Vorlage ").Length - 1);
        var ics = Assert.Single(invitation.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        Assert.EndsWith(".ics", ics.FileName, StringComparison.Ordinal);
        using (var content = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(content);
            var calendar = Encoding.UTF8.GetString(content.ToArray());
            Assert.Contains("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
            Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);
            Assert.Contains("SUMMARY:" + meetingName[..20], calendar.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        // The resolution on the parking idea: all present, the mayor of Beispielhausen (whose town leads the idea)
        // declares a conflict of interest and does not vote.
        await agenda.Filter(new() { HasText = Parking }).GetByRole(AriaRole.Link, new() { Name = "Beschluss erfassen" }).ClickAndLoadAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("Beschluss zu TOP");
        foreach (var present in await page.Locator("input[id^='anwesend-']").AllAsync())
        {
            await present.CheckAsync();
        }

        await page.Locator("main tbody tr").Filter(new() { HasText = "Otto Normal" }).GetByRole(AriaRole.Checkbox, new() { Name = "befangen" }).CheckAsync();
        await page.GetByLabel("Ja-Stimmen").FillAsync("3");
        await page.GetByLabel("Nein-Stimmen").FillAsync("0");
        await page.GetByLabel("Enthaltungen").FillAsync("1");
        await page.Locator("#Input_Result").SelectOptionAsync(new SelectOptionValue { Label = "Befürwortet" });
        await page.Locator("#Input_Text").FillAsync("Das Digitalboard befürwortet die Projektidee und empfiehlt, den Förderantrag zu stellen.");
        await Expect(page.Locator("#Input_ProjectId option:checked")).ToHaveTextAsync(Parking);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beschluss speichern" }).ClickAndLoadAsync();
        Assert.Matches(@"^/verwaltung/digitalboard/sitzungen/\d+$", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("Der Beschluss wurde gespeichert.");
        await Expect(agenda.Filter(new() { HasText = Parking })).ToContainTextAsync("Befürwortet");

        // The public meeting page the same day: all three public items, the tally and the declared conflict.
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Öffentliche Seite", Exact = true }).ClickAndLoadAsync();
        Assert.Matches(@"^/digitalboard/sitzungen/\d+$", new Uri(page.Url).AbsolutePath);
        foreach (var idea in Ideas)
        {
            await Expect(page.Locator("main .agenda > li").Filter(new() { HasText = idea })).ToHaveCountAsync(1);
        }

        var resolution = page.Locator("main .agenda > li").Filter(new() { HasText = Parking }).Locator(".resolution");
        await Expect(resolution).ToContainTextAsync("Beschluss: Befürwortet");
        await Expect(resolution).ToContainTextAsync("3 Ja, 0 Nein, 1 Enthaltungen");
        await Expect(resolution).ToContainTextAsync("Befangenheit erklärt (nicht abgestimmt): Otto Normal");

        // The project's public page, from the resolution: the Votum is its current step.
        await resolution.GetByRole(AriaRole.Link, new() { Name = Parking }).ClickAndLoadAsync();
        Assert.StartsWith("/projekte/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(Parking);
        await Expect(page.Locator("main .lifecycle [aria-current=step]")).ToHaveTextAsync("Votum Digitalboard");
        await Expect(page.Locator("main section[aria-labelledby=stand] ul")).ToContainTextAsync($"Votum Digitalboard: befürwortet ({meetingName}, TOP");
        await Expect(page.Locator("main .board-votes")).ToContainTextAsync("Befürwortet");
    }
}
