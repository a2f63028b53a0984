using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// The office of a region creates and edits its events, their places and programme, and cancels them; the waitlist
/// and the participants learn of it at once.
/// </summary>
public sealed class EventAdminTests(EventsApp app) : IClassFixture<EventsApp>
{
    private const string Form = "form[method=post].form-grid";

    private static Dictionary<string, object?> Valid(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Format"] = "2",
        ["Input.StartDate"] = "2030-03-20",
        ["Input.StartTime"] = "10:00",
        ["Input.EndTime"] = "16:00",
        ["Input.VenueName"] = "Stadthalle Bielefeld",
        ["Input.City"] = "Bielefeld",
        ["Input.StreamUrl"] = "https://stream.example/owl",
        ["Input.OnSiteCapacity"] = "40",
        ["Input.OnlineCapacity"] = "100",
        ["Input.OfferHours"] = "24",
    };

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Office_creates_an_event_that_appears_publicly_with_Berlin_times_stored_in_UTC()
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var title = Unique("Digitaltag 𝔒𝔚𝔏 OWL");

        var response = await browser.SubmitFormAsync("/verwaltung/veranstaltungen/neu", Form, Valid(title));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await app.WithDbAsync(db => db.Events.Include(e => e.TicketTypes).Include(e => e.Region).SingleAsync(e => e.Title == title));
        Assert.Equal("owl", item.Region!.Slug);
        Assert.Equal(new DateTime(2030, 3, 20, 9, 0, 0), item.StartsAt);
        Assert.Equal(new DateTime(2030, 3, 20, 15, 0, 0), item.EndsAt);
        Assert.Equal(EventFormat.Hybrid, item.Format);
        Assert.Equal([(TicketKind.OnSite, 40), (TicketKind.Online, 100)], item.TicketTypes.OrderBy(t => t.Kind).Select(t => (t.Kind, t.Capacity)));
        Assert.False(item.IsExample);
        var page = await app.Browser().GetPageAsync($"/veranstaltungen/{item.Slug}");
        Assert.Contains(title, page.Text());
        Assert.Contains("Stadthalle Bielefeld", page.Text());
        Assert.Contains(title, (await app.Browser().GetPageAsync("/veranstaltungen")).Text());
        Assert.Contains(title, (await browser.GetPageAsync("/verwaltung/veranstaltungen")).Text());
    }

    [Fact]
    public async Task Only_the_office_of_the_region_edits_its_event_and_anonymous_people_are_sent_to_sign_in()
    {
        var owl = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var title = Unique("Werkstatt OWL");
        await owl.SubmitFormAsync("/verwaltung/veranstaltungen/neu", Form, Valid(title));
        var id = await app.WithDbAsync(db => db.Events.Where(e => e.Title == title).Select(e => e.Id).SingleAsync());
        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");

        var foreignGet = await aachen.GetAsync($"/verwaltung/veranstaltungen/{id}/bearbeiten");
        var foreignPost = await aachen.PostAsSessionAsync($"/verwaltung/veranstaltungen/{id}/bearbeiten", new()
        {
            ["Input.Title"] = "Übernommen",
            ["Input.Format"] = "0",
            ["Input.StartDate"] = "2030-03-20",
            ["Input.StartTime"] = "10:00",
            ["Input.EndTime"] = "16:00",
            ["Input.OfferHours"] = "24",
        });
        var foreignProgramme = await aachen.GetAsync($"/verwaltung/veranstaltungen/{id}/programm");
        var foreignCancel = await aachen.PostAsSessionAsync($"/verwaltung/veranstaltungen/{id}/absagen", new() { ["Cancel.Confirm"] = "true" });
        var anonymous = await app.Browser().GetAsync($"/verwaltung/veranstaltungen/{id}/bearbeiten");
        var own = await owl.GetAsync($"/verwaltung/veranstaltungen/{id}/bearbeiten");

        Assert.Equal(HttpStatusCode.Forbidden, foreignGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignProgramme.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignCancel.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/verwaltung/anmelden", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Events.AnyAsync(e => e.Id == id && (e.Title != title || e.CancelledAt != null))));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Input.EndTime", "09:00", "Das Ende muss nach dem Beginn liegen." },
        { "Input.StartDate", "2030-03-31", "Die Uhrzeit 02:30 gibt es am 31.03.2030 nicht" },
        { "Input.StreamUrl", "javascript:alert(1)", "Internetadresse" },
        { "Input.StreamUrl", "/relativ/stream", "Internetadresse" },
        { "Input.Slug", "Keine Kurzadresse!", "Die Kurzadresse darf nur Kleinbuchstaben" },
        { "Input.Title", "Digitaltag 🎉 OWL", "Emojis" },
        { "Input.OfferHours", "400", "zwischen 1 und 336 Stunden" },
        { "Input.OnSiteCapacity", "-3", "zwischen 0 und 100.000" },
        { "Input.DeadlineDate", "2030-04-30", "vor dem Ende der Veranstaltung" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Invalid_input_shows_the_form_again_with_a_German_message_and_stores_nothing(string field, string value, string message)
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var title = Unique("Ungültige Veranstaltung");
        var values = Valid(title);
        values[field] = value;
        if (field == "Input.StartDate")
        {
            values["Input.StartTime"] = "02:30";
        }

        var response = await browser.SubmitFormAsync("/verwaltung/veranstaltungen/neu", Form, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.BodyAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Events.AnyAsync(e => e.Title.StartsWith("Ungültige Veranstaltung") || e.Title.StartsWith("Digitaltag 🎉"))));
    }

    [Fact]
    public async Task A_short_address_already_taken_is_refused()
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var first = Unique("Erste Veranstaltung");
        await browser.SubmitFormAsync("/verwaltung/veranstaltungen/neu", Form, Valid(first));
        var slug = await app.WithDbAsync(db => db.Events.Where(e => e.Title == first).Select(e => e.Slug).SingleAsync());
        var values = Valid(Unique("Zweite Veranstaltung"));
        values["Input.Slug"] = slug;

        var response = await browser.SubmitFormAsync("/verwaltung/veranstaltungen/neu", Form, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(slug, await response.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Events.CountAsync(e => e.Slug == slug)));
    }

    [Fact]
    public async Task A_capacity_below_the_places_taken_is_refused_and_a_raised_one_is_offered_to_the_first_person_waiting()
    {
        var (id, slug, typeId) = await app.EventAsync(onSite: 1);
        var first = $"erste.{Guid.NewGuid():N}@example.org";
        var second = $"zweite.{Guid.NewGuid():N}@example.org";
        var third = $"dritte.{Guid.NewGuid():N}@example.org";
        await app.JoinAsync(slug, first);
        await app.JoinAsync(slug, second);
        await app.JoinAsync(slug, third);
        await app.JoinAsync(slug, $"vierte.{Guid.NewGuid():N}@example.org");
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var url = $"/verwaltung/veranstaltungen/{id}/bearbeiten";

        var below = await admin.SubmitFormAsync(url, Form, new() { ["Input.OnSiteCapacity"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, below.StatusCode);
        Assert.Contains("Es sind schon 1 Plätze vergeben", WebUtility.HtmlDecode(await below.BodyAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.EventTicketTypes.Where(t => t.Id == typeId).Select(t => t.Capacity).SingleAsync()));

        var raised = await admin.SubmitFormAsync(url, Form, new() { ["Input.OnSiteCapacity"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.Equal(RegistrationStatus.Confirmed, await app.StatusOfAsync(first));
        Assert.Equal(RegistrationStatus.Offered, await app.StatusOfAsync(second));
        Assert.Equal(RegistrationStatus.Offered, await app.StatusOfAsync(third));
        Assert.Equal(3, await app.TakenAsync(typeId));
        Assert.Contains(app.Mails(), m => m.Contains(second, StringComparison.Ordinal) && m.Contains("Ein Platz ist frei geworden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_conflict()
    {
        var (id, _, _) = await app.EventAsync(onSite: 5);
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var url = $"/verwaltung/veranstaltungen/{id}/bearbeiten";
        var stale = await admin.GetPageAsync(url);
        await admin.SubmitFormAsync(url, Form, new() { ["Input.Summary"] = "Zuerst gespeichert." });

        var response = await admin.SubmitAsync(stale, url, Form, new() { ["Input.Summary"] = "Später gespeichert." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Zuerst gespeichert.", await app.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Summary).SingleAsync()));
    }

    [Fact]
    public async Task Cancelling_an_event_mails_participants_and_people_waiting_and_frees_the_places_without_offering_them()
    {
        var (id, slug, typeId) = await app.EventAsync(onSite: 1);
        var holder = $"platz.{Guid.NewGuid():N}@example.org";
        var waiting = $"warte.{Guid.NewGuid():N}@example.org";
        await app.JoinAsync(slug, holder);
        await app.JoinAsync(slug, waiting);
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var url = $"/verwaltung/veranstaltungen/{id}/absagen";

        var unconfirmed = await admin.SubmitFormAsync(url, Form, new() { ["Cancel.Note"] = "Der Saal ist nicht nutzbar." });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.CancelledAt).SingleAsync()));

        var response = await admin.SubmitFormAsync(url, Form, new() { ["Cancel.Note"] = "Der Saal ist nicht nutzbar.", ["Cancel.Confirm"] = true });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.CancelledAt).SingleAsync()));
        Assert.Equal(RegistrationStatus.Cancelled, await app.StatusOfAsync(holder));
        Assert.Equal(RegistrationStatus.Cancelled, await app.StatusOfAsync(waiting));
        Assert.Equal(0, await app.TakenAsync(typeId));
        foreach (var email in new[] { holder, waiting })
        {
            Assert.Contains(app.Mails(), m => m.Contains(email, StringComparison.Ordinal) && m.Contains("Subject: Abgesagt", StringComparison.Ordinal)
                && m.Replace("=\r\n", "", StringComparison.Ordinal).Contains("Der Saal ist nicht nutzbar.", StringComparison.Ordinal));
        }

        Assert.Contains("abgesagt", (await app.Browser().GetPageAsync($"/veranstaltungen/{slug}")).Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsSessionAsync(url, new() { ["Cancel.Confirm"] = "true" })).StatusCode);
    }

    [Fact]
    public async Task Sessions_with_projects_appear_on_the_public_page_in_order_of_time()
    {
        var (id, slug, _) = await app.EventAsync(onSite: 5);
        var day = await app.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.StartsAt).SingleAsync());
        var date = Web.Platform.Formatting.BerlinDate(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var url = $"/verwaltung/veranstaltungen/{id}/programm";
        var project = await app.WithDbAsync(db => db.Projects.Where(p => p.Slug == "smart-school").Select(p => p.Title).SingleAsync());

        var late = await admin.SubmitFormAsync(url, Form, new()
        {
            ["Input.Title"] = "Projekte stellen sich vor",
            ["Input.Date"] = date,
            ["Input.StartTime"] = "14:00",
            ["Input.EndTime"] = "15:00",
            ["Input.Room"] = "Saal 2",
            ["Input.Speakers"] = "Dr. Erika Mustermann, Projektleitung\nMax Muster",
            ["Input.Projects"] = "smart-school",
        });
        var early = await admin.SubmitFormAsync(url, Form, new() { ["Input.Title"] = "Begrüßung", ["Input.Date"] = date, ["Input.StartTime"] = "09:00" });
        var unknown = await admin.SubmitFormAsync(url, Form, new() { ["Input.Title"] = "Unbekannt", ["Input.Projects"] = "gibt-es-nicht" });
        var outside = await admin.SubmitFormAsync(url, Form, new() { ["Input.Title"] = "Zu spät", ["Input.Date"] = "2031-01-01", ["Input.StartTime"] = "10:00" });

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("gibt-es-nicht", WebUtility.HtmlDecode(await unknown.BodyAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.EventSessions.CountAsync(s => s.EventId == id)));
        var text = (await app.Browser().GetPageAsync($"/veranstaltungen/{slug}")).Text();
        Assert.Contains(project, text, StringComparison.Ordinal);
        Assert.Contains("Dr. Erika Mustermann", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Begrüßung", StringComparison.Ordinal) < text.IndexOf("Projekte stellen sich vor", StringComparison.Ordinal));

        var sessionId = await app.WithDbAsync(db => db.EventSessions.Where(s => s.EventId == id && s.Title == "Begrüßung").Select(s => s.Id).SingleAsync());
        var deleted = await admin.SubmitFormAsync(url, $"form[action*='punkt={sessionId}'][action*='Delete']", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Begrüßung", (await app.Browser().GetPageAsync($"/veranstaltungen/{slug}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Solutions_presented_in_a_session_are_linked_both_ways_and_unknown_ones_are_refused()
    {
        var (id, slug, _) = await app.EventAsync(onSite: 5);
        await app.WithDbAsync(async db =>
        {
            var item = await db.Events.SingleAsync(e => e.Id == id);
            item.IsPublished = true;
            await db.SaveChangesAsync();
            return 0;
        });
        var solution = await app.WithDbAsync(db => db.Solutions.Where(s => s.IsPublished && !s.IsSynthetic).OrderBy(s => s.Id).Select(s => new { s.Id, s.Slug, s.Title }).FirstAsync());
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var url = $"/verwaltung/veranstaltungen/{id}/programm";

        var unknown = await admin.SubmitFormAsync(url, Form, new() { ["Input.Title"] = "Lösungen", ["Input.Solutions"] = "keine-solche-loesung-𝔘" });
        var saved = await admin.SubmitFormAsync(url, Form, new() { ["Input.Title"] = "Lösungen zum Nachnutzen", ["Input.Solutions"] = $"/loesungen/{solution.Slug}" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Lösungskatalog", WebUtility.HtmlDecode(await unknown.BodyAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([solution.Id], await app.WithDbAsync(db => db.EventSessionSolutions.Where(l => db.Set<EventSession>().Any(s => s.Id == l.EventSessionId && s.EventId == id)).Select(l => l.SolutionId).ToListAsync()));

        var eventPage = await app.Browser().GetPageAsync($"/veranstaltungen/{slug}");
        Assert.NotNull(eventPage.QuerySelector($"a[href='/loesungen/{solution.Slug}']"));
        var solutionPage = await app.Browser().GetPageAsync($"/loesungen/{solution.Slug}");
        Assert.NotNull(solutionPage.QuerySelector($"a[href='/veranstaltungen/{slug}']"));
        var api = await app.Browser().GetStringAsync($"/api/v1/solutions/{solution.Slug}");
        Assert.Contains($"\"slug\":\"{slug}\"", api, StringComparison.Ordinal);

        // The form shows the solution again for editing; deleting the session removes the link.
        var sessionId = await app.WithDbAsync(db => db.EventSessions.Where(s => s.EventId == id).Select(s => s.Id).SingleAsync());
        var edit = await admin.GetPageAsync($"{url}?punkt={sessionId}");
        Assert.Contains(solution.Slug, edit.QuerySelector("textarea[name='Input.Solutions']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(url, $"form[action*='punkt={sessionId}'][action*='Delete']", [])).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.EventSessionSolutions.CountAsync(l => l.EventSessionId == sessionId)));
    }
}
