using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// The public side of events through HTTP: the list, an event's page with its facts, programme, places and JSON-LD,
/// the calendar files, and registering with the form, confirming by the mailed link and cancelling by the personal link.
/// </summary>
public sealed partial class EventPagesTests(EventsApp app) : IClassFixture<EventsApp>
{
    [Fact]
    public async Task The_Digitalkongress_2022_shows_the_published_facts_with_their_sources_and_takes_no_registration()
    {
        var list = await app.Browser().GetPageAsync("/veranstaltungen");
        Assert.Contains("Digitalkongress „DigitaleZukunft@OWL“ 2022", list.Text());

        var page = await app.Browser().GetPageAsync("/veranstaltungen/digitalkongress-2022");
        var text = page.Text();
        Assert.Contains("10.03.2022", text);
        Assert.Contains("Heinz Nixdorf MuseumsForum", text);
        Assert.Contains("etwa 200", text);
        Assert.Contains("etwa 2.000", text);
        Assert.Contains("owl-journal.de", page.QuerySelector("section.sources")!.InnerHtml);
        Assert.Null(page.QuerySelector("form[method=post]"));

        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Event", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("2022-03-10", jsonLd.GetProperty("startDate").GetString());
        Assert.Equal("Paderborn", jsonLd.GetProperty("location").GetProperty("address").GetProperty("addressLocality").GetString());
    }

    [Fact]
    public async Task The_calendar_lists_every_public_event_and_one_event_has_its_own_file()
    {
        var all = await app.Browser().GetAsync("/veranstaltungen.ics");
        Assert.Equal("text/calendar", all.Content.Headers.ContentType?.MediaType);
        var body = await all.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", body);
        Assert.Contains("SUMMARY:Digitalkongress", body);
        Assert.DoesNotContain("stream.example", body);

        var one = await app.Browser().GetStringAsync("/veranstaltungen/digitalkongress-2022.ics");
        Assert.Single(Regex.Matches(one, "BEGIN:VEVENT"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/veranstaltungen/gibt-es-nicht.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/veranstaltungen/gibt-es-nicht")).StatusCode);
    }

    [Fact]
    public async Task A_person_registers_with_the_form_confirms_by_the_mailed_link_and_cancels_by_the_personal_link()
    {
        var (_, slug, typeId) = await app.EventAsync(onSite: 2, online: 10);
        var email = $"erika.{Guid.NewGuid():N}@example.org";
        var browser = app.Browser();

        var posted = await browser.SubmitFormAsync($"/veranstaltungen/{slug}", "form[method=post]", new()
        {
            ["Input.Name"] = "Erika Mustermann 𝔘",
            ["Input.Email"] = email,
            ["Input.Kind"] = ((int)TicketKind.OnSite).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PrivacyConsent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await browser.GetPageAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("Wir haben eine E-Mail an " + email, after.Text());

        var mail = app.Mails().Last(m => m.Contains(email, StringComparison.Ordinal)).Replace("=\r\n", "", StringComparison.Ordinal);
        var confirmUrl = ConfirmLink().Match(mail).Value;
        var manageUrl = ManageLink().Match(mail).Value;
        Assert.StartsWith($"{EventsApp.Site}/veranstaltungen/{slug}/bestaetigen/", confirmUrl);

        // Opening the link changes nothing; the button confirms.
        var confirmPath = new Uri(confirmUrl).AbsolutePath;
        await browser.GetPageAsync(confirmPath);
        Assert.Equal(0, await app.TakenAsync(typeId));
        var confirmed = await browser.SubmitFormAsync(confirmPath, "form[method=post]", []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Ihr Platz ist bestätigt.", (await Html.ParseAsync(confirmed)).Text());
        Assert.Equal(1, await app.TakenAsync(typeId));

        var managePath = new Uri(manageUrl).AbsolutePath;
        var own = await browser.GetPageAsync(managePath);
        Assert.Contains("Platz bestätigt", own.Text());
        Assert.Matches("[A-HJ-NP-Z2-9]{8}", own.QuerySelector(".ticket-code")!.TextContent);

        var cancelled = await browser.SubmitFormAsync(managePath, "form:has(input[name=Version])", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Abgesagt", (await browser.GetPageAsync(managePath)).Text());
        Assert.Equal(0, await app.TakenAsync(typeId));

        // A tampered personal link is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(managePath[..^2] + "xx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/veranstaltungen/{slug}/anmeldung/kurz")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_on_the_form_gets_German_messages_and_nothing_is_stored()
    {
        var (eventId, slug, _) = await app.EventAsync(onSite: 2);

        var refused = await app.Browser().SubmitFormAsync($"/veranstaltungen/{slug}", "form[method=post]", new()
        {
            ["Input.Name"] = "",
            ["Input.Email"] = "keine adresse",
            ["Input.Kind"] = "7",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = (await Html.ParseAsync(refused)).Text("#fehler");
        Assert.Contains("Bitte geben Sie Ihren Namen an.", text);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Count(r => r.EventId == eventId))));
    }

    [GeneratedRegex(@"https://modellregion\.example/veranstaltungen/[a-z0-9-]+/bestaetigen/[A-Za-z0-9_-]{43}")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"https://modellregion\.example/veranstaltungen/[a-z0-9-]+/anmeldung/[A-Za-z0-9_-]{43}")]
    private static partial Regex ManageLink();
}
