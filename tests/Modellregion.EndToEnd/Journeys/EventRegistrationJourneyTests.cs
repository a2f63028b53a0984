using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Events;
using static Microsoft.Playwright.Assertions;

namespace Modellregion.EndToEnd.Journeys;

/// <summary>
/// Journey 5: people register for an event without an account and confirm by the mail's link; the event fills and
/// the next person waits; one cancels, the first waiting person is offered the place, takes it and is checked in at
/// the entrance with the code on the ticket; a second scan is refused.
/// </summary>
public sealed partial class EventRegistrationJourneyTests(MailingBrowserApp app) : IClassFixture<MailingBrowserApp>
{
    [Fact]
    public async Task Register_confirm_wait_get_the_freed_place_and_check_in()
    {
        var (eventId, slug) = await EventWithOnePlaceAsync();

        // Erika registers and confirms her address with the link in the mail: she has the place.
        await using var erikaContext = await app.NewContextAsync();
        var erika = await erikaContext.NewPageAsync();
        await RegisterAsync(erika, slug, "Erika Beispiel", "erika@journey.example");
        await erika.GotoAsync(PathOf(await MailLinkAsync("erika@journey.example", "/bestaetigen/")));
        await erika.Locator("main form button[type=submit]").ClickAndLoadAsync();
        await Expect(erika.Locator("main")).ToContainTextAsync("bestätigt");
        var erikaLink = PathOf(await MailLinkAsync("erika@journey.example", "/anmeldung/"));

        // The event is full now: Max confirms too and is put on the waitlist.
        await using var maxContext = await app.NewContextAsync();
        var max = await maxContext.NewPageAsync();
        await max.GotoAsync($"/veranstaltungen/{slug}");
        await Expect(max.Locator("main")).ToContainTextAsync("Warteliste");
        await RegisterAsync(max, slug, "Max Beispiel", "max@journey.example");
        await max.GotoAsync(PathOf(await MailLinkAsync("max@journey.example", "/bestaetigen/")));
        await max.Locator("main form button[type=submit]").ClickAndLoadAsync();
        await Expect(max.Locator("main")).ToContainTextAsync("Warteliste");
        var maxLink = PathOf(await MailLinkAsync("max@journey.example", "/anmeldung/"));

        // Erika cancels through her personal link; Max is offered the place by mail.
        await erika.GotoAsync(erikaLink);
        await erika.Locator("main form[action*='Cancel'] button[type=submit]").ClickAndLoadAsync();
        await Expect(erika.Locator("main")).ToContainTextAsync("Abgesagt");
        await WaitForMailAsync("max@journey.example", m => (m.Subject ?? "").Contains("frei geworden", StringComparison.Ordinal));

        // Max takes the place on his page and sees his ticket: the QR code and the short code.
        await max.GotoAsync(maxLink);
        await max.Locator("main form[action*='Accept'] button[type=submit]").ClickAndLoadAsync();
        await Expect(max.Locator("main img.ticket-qr")).ToBeVisibleAsync();
        var code = (await max.Locator("main .ticket-code").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z0-9-]{4,12}$", code);
        Assert.Null(await Axe.ViolationsAsync(max, "die eigene Anmeldung mit Ticket"));

        // At the entrance the office checks Max in with the code on his ticket; a second scan is refused.
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, regionSlug: "owl");
        await using var officeContext = await app.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var office = await officeContext.NewPageAsync();
        await BrowserApp.SignInAsync(office, email, password);
        await office.GotoAsync($"/verwaltung/veranstaltungen/{eventId}/einlass");
        await office.FillAsync("#Code", code.ToLowerInvariant());
        await office.Locator("form#einlass-code button[type=submit]").ClickAndLoadAsync();
        await Expect(office.Locator("#ergebnis")).ToContainTextAsync("Max Beispiel");
        await office.FillAsync("#Code", code);
        await office.Locator("form#einlass-code button[type=submit]").ClickAndLoadAsync();
        await Expect(office.Locator("#ergebnis")).ToContainTextAsync("bereits");
        Assert.Null(await Axe.ViolationsAsync(office, "der Einlass nach einer Abweisung"));

        var (status, checkedIn) = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.Email == "max@journey.example")
            .Select(r => new ValueTuple<RegistrationStatus, DateTime?>(r.Status, r.CheckedInAt)).SingleAsync());
        Assert.Equal(RegistrationStatus.Confirmed, status);
        Assert.NotNull(checkedIn);
    }

    private async Task<(int Id, string Slug)> EventWithOnePlaceAsync()
    {
        var slug = "werkstatt-journey-" + Guid.NewGuid().ToString("N")[..6];
        return await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
            var start = DateTime.UtcNow.Date.AddDays(14).AddHours(8);
            var item = new Event
            {
                Slug = slug,
                Title = "Werkstatt Nachnutzung (Beispiel)",
                Format = EventFormat.OnSite,
                StartsAt = start,
                EndsAt = start.AddHours(6),
                VenueName = "Kreishaus Paderborn",
                City = "Paderborn",
                RegionId = region.Id,
                IsPublished = true,
                IsExample = true,
                TicketTypes = [new EventTicketType { Kind = TicketKind.OnSite, Capacity = 1 }],
            };
            db.Events.Add(item);
            await db.SaveChangesAsync();
            return (item.Id, slug);
        });
    }

    private static async Task RegisterAsync(IPage page, string slug, string name, string email)
    {
        await page.GotoAsync($"/veranstaltungen/{slug}");
        await page.FillAsync("#Input_Name", name);
        await page.FillAsync("#Input_Email", email);
        var consent = page.Locator("#Input_PrivacyConsent");
        try
        {
            await consent.CheckAsync();
        }
        catch (PlaywrightException)
        {
            // Under load the click can land while the page is still settling; once loaded, a second click counts.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await consent.CheckAsync();
        }

        await Expect(consent).ToBeCheckedAsync();
        await page.Locator("main form.form-grid button[type=submit]").ClickAndLoadAsync();
        await Expect(page.Locator("main .kern-alert--success")).ToContainTextAsync("E-Mail");
    }

    private async Task<MimeKit.MimeMessage> WaitForMailAsync(string to, Func<MimeKit.MimeMessage, bool> match)
    {
        for (var i = 0; i < 100; i++)
        {
            if (app.Smtp.MessagesTo(to).LastOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"Keine passende E-Mail an {to} angekommen.");
    }

    /// <summary>The first link in the newest mail to <paramref name="to"/> whose address contains <paramref name="part"/>.</summary>
    private async Task<string> MailLinkAsync(string to, string part)
    {
        var mail = await WaitForMailAsync(to, m => Link().Matches(m.TextBody ?? "").Any(l => l.Value.Contains(part, StringComparison.Ordinal)));
        return Link().Matches(mail.TextBody!).First(l => l.Value.Contains(part, StringComparison.Ordinal)).Value;
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
