using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// Personal data of registrations: erased after the retention period (attendance figures stay), handed out and erased
/// at once on request, and described on the privacy page.
/// </summary>
public sealed class PrivacyTests(EventsApp app) : IClassFixture<EventsApp>
{
    private async Task<(string Slug, int EventId, int TypeId)> OwlEventAsync(int onSite)
    {
        var (eventId, slug, typeId) = await app.EventAsync(onSite);
        await app.WithDbAsync(async db =>
        {
            var item = await db.Events.SingleAsync(e => e.Id == eventId);
            item.RegionId = (await db.Regions.SingleAsync(r => r.Slug == "owl")).Id;
            await db.SaveChangesAsync();
        });
        return (slug, eventId, typeId);
    }

    [Fact]
    public async Task Registrations_are_anonymised_after_the_retention_period_and_the_figures_stay()
    {
        var (slug, eventId, typeId) = await OwlEventAsync(onSite: 1);
        await app.JoinAsync(slug, "behalten@beispiel.example");
        await app.JoinAsync(slug, "wartend@beispiel.example");
        var (_, never) = await app.RegisterAsync(slug, "nie-bestaetigt@beispiel.example");
        Assert.NotNull(never);

        var end = await app.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.EndsAt).SingleAsync());
        Task<int> RunAsync(DateTime at) => app.RunAsync(s => s.GetRequiredService<EventRetention>().RunAsync(at));

        // 89 days after the end nothing personal is erased yet, but the never-confirmed registration (older than 7 days) is gone.
        await RunAsync(end.AddDays(89));
        var before = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == eventId).ToListAsync());
        Assert.Equal(2, before.Count);
        Assert.All(before, r => Assert.NotNull(r.Email));

        Assert.True(await RunAsync(end.AddDays(91)) >= 2);
        var after = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == eventId).ToListAsync());
        Assert.All(after, r =>
        {
            Assert.Null(r.Name);
            Assert.Null(r.Email);
            Assert.Null(r.EmailKey);
            Assert.Null(r.ManageTokenHash);
            Assert.Null(r.TicketToken);
            Assert.NotNull(r.AnonymisedAt);
        });
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waiting], after.OrderBy(r => r.Id).Select(r => r.Status));
        Assert.Equal(1, await app.TakenAsync(typeId));

        // The audit recorded the erasure, never the values.
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Registration)).Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
        Assert.DoesNotContain(audit, a => a.Contains("behalten@beispiel.example", StringComparison.Ordinal) || a.Contains("Erika Mustermann", StringComparison.Ordinal));

        // A second run finds nothing more to do.
        Assert.Equal(0, await RunAsync(end.AddDays(92)));
    }

    [Fact]
    public async Task The_office_hands_out_and_erases_one_persons_data_and_the_freed_place_goes_to_the_next()
    {
        var (slug, eventId, typeId) = await OwlEventAsync(onSite: 1);
        var email = $"auskunft-{Guid.NewGuid():N}@beispiel.example";
        await app.JoinAsync(slug, email);
        var (_, waits) = await app.JoinAsync(slug, $"naechste-{Guid.NewGuid():N}@beispiel.example");
        Assert.Equal(RegistrationStatus.Waiting, waits);

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var page = await office.GetPageAsync("/verwaltung/veranstaltungen/personendaten");

        // Bad addresses: a German message and 400, never a 500.
        foreach (var bad in new[] { "", "kein-at", "𝔘@", new string('x', 300) + "@beispiel.example" })
        {
            var refused = await office.SubmitAsync(page, "/verwaltung/veranstaltungen/personendaten", "form[action*=Find]", new() { ["Input.Email"] = bad });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("gültige E-Mail-Adresse", (await Html.ParseAsync(refused)).QuerySelector("#fehler")!.TextContent);
        }

        // A control character is refused before any page sees it, with the site's German message.
        var nul = await office.SubmitAsync(page, "/verwaltung/veranstaltungen/personendaten", "form[action*=Find]", new() { ["Input.Email"] = "a@b\u0000c.de" });
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("Ungültige Anfrage", (await Html.ParseAsync(nul)).QuerySelector("main")!.TextContent);

        var found = await Html.ParseAsync(await office.SubmitAsync(page, "/verwaltung/veranstaltungen/personendaten", "form[action*=Find]", new() { ["Input.Email"] = email.ToUpperInvariant() }));
        Assert.Contains("Gespeicherte Anmeldungen: 1", found.QuerySelector("main")!.TextContent);

        var download = await office.SubmitAsync(found, "/verwaltung/veranstaltungen/personendaten", "form[action*=Download]", []);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        var json = await download.Content.ReadAsStringAsync();
        Assert.Contains(email, json);
        Assert.Contains(slug, json);

        // Another region's office finds nothing of this event.
        var other = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var otherFound = await Html.ParseAsync(await other.SubmitFormAsync("/verwaltung/veranstaltungen/personendaten", "form[action*=Find]", new() { ["Input.Email"] = email }));
        Assert.Contains("Gespeicherte Anmeldungen: 0", otherFound.QuerySelector("main")!.TextContent);

        // Erasing needs the confirmation.
        var unconfirmed = await office.SubmitAsync(found, "/verwaltung/veranstaltungen/personendaten", "form[action*=Erase]", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("bestätigen Sie das Löschen", (await Html.ParseAsync(unconfirmed)).QuerySelector("#fehler")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.Email == email)));

        var erased = await office.SubmitAsync(found, "/verwaltung/veranstaltungen/personendaten", "form[action*=Erase]", new() { ["Input.ConfirmErase"] = true });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var rows = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync());
        Assert.Null(rows[0].Email);
        Assert.Equal(RegistrationStatus.Cancelled, rows[0].Status);
        Assert.Equal(RegistrationStatus.Offered, rows[1].Status);
        Assert.Equal(1, await app.TakenAsync(typeId));
        Assert.Contains(app.Mails(), m => m.Contains(rows[1].Email!, StringComparison.Ordinal) && m.Contains(slug, StringComparison.Ordinal));

        var again = await Html.ParseAsync(await office.SubmitFormAsync("/verwaltung/veranstaltungen/personendaten", "form[action*=Find]", new() { ["Input.Email"] = email }));
        Assert.Contains("Gespeicherte Anmeldungen: 0", again.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Only_offices_reach_access_and_erasure()
    {
        var anonymous = await app.Browser().GetAsync("/verwaltung/veranstaltungen/personendaten");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var lead = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/verwaltung/veranstaltungen/personendaten")).StatusCode);
    }

    [Fact]
    public async Task The_privacy_page_names_purpose_legal_basis_and_retention_for_events_and_the_navigation_links_events()
    {
        var page = await app.Browser().GetPageAsync("/datenschutz");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Anmeldungen zu Veranstaltungen", text);
        Assert.Contains("Art. 6 Abs. 1 lit. a DSGVO", text);
        Assert.Contains("90 Tage nach dem Ende der Veranstaltung", text);
        Assert.NotNull(page.QuerySelector("nav[aria-label] a[href='/veranstaltungen']"));
        Assert.Contains("Veranstaltungen", (await app.Browser().GetPageAsync("/veranstaltungen")).Title);
    }
}
