using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// The office's registrations desk: figures per type for the report, filters, the waitlist in its order; moving a
/// person up with a reason (audited), cancelling for someone (the place goes on), the export with German headers,
/// messages to one group, the printable list and badges — and nothing of it for the office of another region.
/// </summary>
public sealed class RegistrationDeskTests(EventsApp app) : IClassFixture<EventsApp>
{
    private async Task<(int EventId, string Slug)> OwlEventAsync(int onSite, int online = 0)
    {
        var (eventId, slug, _) = await app.EventAsync(onSite, online);
        await app.WithDbAsync(async db =>
        {
            var item = await db.Events.SingleAsync(e => e.Id == eventId);
            item.RegionId = (await db.Regions.SingleAsync(r => r.Slug == "owl")).Id;
            await db.SaveChangesAsync();
        });
        return (eventId, slug);
    }

    private async Task<Registration> JoinAsync(string slug, string name, TicketKind kind = TicketKind.OnSite)
    {
        var email = $"desk-{Guid.NewGuid():N}@example.org";
        var (outcome, receipt) = await app.RunAsync(s => s.GetRequiredService<Register>().RunAsync(slug,
            new RegistrationInput { Name = name, Email = email, Kind = kind, PrivacyConsent = true }, EventsApp.Site));
        Assert.True(receipt is not null, outcome.ToString());
        await app.ConfirmAsync(slug, receipt!.ConfirmToken);
        return await app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().SingleAsync(r => r.Email == email));
    }

    private Task<Registration> ReloadAsync(int id) => app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task The_desk_shows_figures_per_type_filters_and_the_waitlist_in_order()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 1, online: 2);
        var anna = await JoinAsync(slug, "Anna Platz");
        var bert = await JoinAsync(slug, "Bert Wartend");
        var cora = await JoinAsync(slug, "Cora Wartend");
        await JoinAsync(slug, "Dora Online", TicketKind.Online);
        Assert.Equal(RegistrationStatus.Confirmed, anna.Status);
        Assert.Equal(RegistrationStatus.Waiting, cora.Status);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/veranstaltungen/{eventId}/anmeldungen";

        var page = await office.GetPageAsync(url);

        var onSite = page.QuerySelector("#zahlen-onsite")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        // Places, registered, confirmed, waiting, offers, cancelled, checked in, no-shows (event not over), unconfirmed.
        Assert.Equal(["1", "3", "1", "2", "0", "0", "0", "–", "0"], onSite);
        var online = page.QuerySelector("#zahlen-online")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2", "1", "1", "0"], online.Take(4));
        var waitlist = page.QuerySelectorAll("ol.waitlist li").Select(li => li.Id).ToList();
        Assert.Equal([$"warteliste-{bert.Id}", $"warteliste-{cora.Id}"], waitlist);

        Assert.Equal(2, (await office.GetPageAsync($"{url}?stand=Waiting")).QuerySelectorAll("#anmeldungen-tabelle tbody tr").Length);
        Assert.Equal(1, (await office.GetPageAsync($"{url}?art=Online")).QuerySelectorAll("#anmeldungen-tabelle tbody tr").Length);
        var search = await office.GetPageAsync($"{url}?suche=cora");
        Assert.Equal("Cora Wartend", search.QuerySelector("#anmeldungen-tabelle tbody tr td")!.TextContent.Trim());
        Assert.Equal(0, (await office.GetPageAsync($"{url}?suche=%25_%5C")).QuerySelectorAll("#anmeldungen-tabelle tbody tr").Length);

        // A bookmark with a value that no longer exists shows everything instead of an error.
        Assert.Equal(4, (await office.GetPageAsync($"{url}?stand=Gibtsnicht&seite=-3")).QuerySelectorAll("#anmeldungen-tabelle tbody tr").Length);
    }

    [Fact]
    public async Task Moving_up_needs_a_reason_puts_the_person_first_and_is_audited()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 1);
        await JoinAsync(slug, "Anna Platz");
        var bert = await JoinAsync(slug, "Bert Wartend");
        var cora = await JoinAsync(slug, "Cora Wartend");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/veranstaltungen/{eventId}/anmeldungen";

        var withoutReason = await office.SubmitFormAsync(url, $"#warteliste-{cora.Id} form", new() { ["MoveUp.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Bitte nennen Sie einen Grund", WebUtility.HtmlDecode(await withoutReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await ReloadAsync(cora.Id)).PriorityReason);

        var moved = await office.SubmitFormAsync(url, $"#warteliste-{cora.Id} form", new() { ["MoveUp.Reason"] = "Referentin 𝔄 der Werkstatt" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var page = await office.GetPageAsync(url);
        Assert.Equal([$"warteliste-{cora.Id}", $"warteliste-{bert.Id}"], page.QuerySelectorAll("ol.waitlist li").Select(li => li.Id));
        Assert.Contains("Referentin 𝔄 der Werkstatt", page.QuerySelector($"#warteliste-{cora.Id}")!.TextContent, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Registration) && a.EntityId == cora.Id.ToString())
            .Select(a => a.After ?? "").ToListAsync());
        Assert.Contains(audit, a => a.Contains("PriorityReason", StringComparison.Ordinal));

        // A stale form (the person moved in the meantime) is refused.
        var stale = await office.PostAsSessionAsync(url + "?handler=MoveUp", new()
        {
            ["MoveUp.RegistrationId"] = bert.Id.ToString(),
            ["MoveUp.Version"] = (bert.Version + 7).ToString(),
            ["MoveUp.Reason"] = "zu spät",
        }, url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_office_cancels_for_someone_and_the_first_person_waiting_gets_the_offer()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 1);
        var anna = await JoinAsync(slug, "Anna Platz");
        var bert = await JoinAsync(slug, "Bert Wartend");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/veranstaltungen/{eventId}/anmeldungen";

        var stale = await office.PostAsSessionAsync(url + "?handler=Cancel", new() { ["registrationId"] = anna.Id.ToString(), ["version"] = (anna.Version + 1).ToString() }, url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(RegistrationStatus.Confirmed, (await ReloadAsync(anna.Id)).Status);

        var cancelled = await office.SubmitFormAsync(url, $"form[action*='Cancel']:has(input[name=registrationId][value='{anna.Id}'])", []);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, (await ReloadAsync(anna.Id)).Status);
        Assert.Equal(RegistrationStatus.Offered, (await ReloadAsync(bert.Id)).Status);
        Assert.Contains(app.Mails(), m => m.Contains(anna.Email!, StringComparison.Ordinal) && m.Contains("storniert", StringComparison.Ordinal));

        var again = await office.PostAsSessionAsync(url + "?handler=Cancel", new() { ["registrationId"] = anna.Id.ToString(), ["version"] = (await ReloadAsync(anna.Id)).Version.ToString() }, url);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task The_export_has_German_headers_and_text_a_spreadsheet_would_run_is_neutralised()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 5);
        await JoinAsync(slug, "=HYPERLINK(\"http://böse.example\")");
        await JoinAsync(slug, "Zoë Ünal 🎉");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var csv = await office.GetAsync($"/verwaltung/veranstaltungen/{eventId}/anmeldungen.csv");
        var xlsx = await office.GetAsync($"/verwaltung/veranstaltungen/{eventId}/anmeldungen.xlsx");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("\uFEFFNr.;Name;E-Mail-Adresse;Organisation", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("Zoë Ünal 🎉", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheets = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("E-Mail-Adresse", sheets, StringComparison.Ordinal);
        Assert.Contains("Zoë Ünal 🎉", sheets, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/verwaltung/veranstaltungen/{eventId}/anmeldungen.pdf")).StatusCode);
    }

    [Fact]
    public async Task Messages_reach_one_group_and_the_list_and_badges_show_the_confirmed()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 1);
        var anna = await JoinAsync(slug, "Anna Platz");
        var bert = await JoinAsync(slug, "Bert Wartend");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/veranstaltungen/{eventId}/nachricht";

        var empty = await office.SubmitFormAsync(url, "form.form-grid", new() { ["Input.Audience"] = "Waiting", ["Input.Subject"] = "", ["Input.Text"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Bitte geben Sie einen Betreff ein.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var sent = await office.SubmitFormAsync(url, "form.form-grid", new() { ["Input.Audience"] = "Waiting", ["Input.Subject"] = "Wartelistenstand", ["Input.Text"] = "Sie stehen weiter auf der Warteliste." });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mails = app.Mails().Where(m => m.Contains("Wartelistenstand", StringComparison.Ordinal)).ToList();
        Assert.Single(mails);
        Assert.Contains(bert.Email!, mails[0], StringComparison.Ordinal);
        var kept = await app.WithDbAsync(db => db.EventMessages.AsNoTracking().SingleAsync(m => m.EventId == eventId));
        Assert.Equal((MessageAudience.Waiting, 1, "Wartelistenstand"), (kept.Audience, kept.Recipients, kept.Subject));
        Assert.Contains("Wartelistenstand", (await office.GetPageAsync(url)).Text(), StringComparison.Ordinal);

        var list = await office.GetPageAsync($"/verwaltung/veranstaltungen/{eventId}/teilnehmende");
        Assert.Contains("Anna Platz", list.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Bert Wartend", list.Text(), StringComparison.Ordinal);
        var badges = await office.GetPageAsync($"/verwaltung/veranstaltungen/{eventId}/namensschilder?format=a4");
        Assert.Equal(["Anna Platz"], badges.QuerySelectorAll(".badges--a4 .badge__name").Select(b => b.TextContent));
        Assert.NotNull((await office.GetPageAsync($"/verwaltung/veranstaltungen/{eventId}/namensschilder")).QuerySelector(".badges--a6"));
        var unknown = await office.GetAsync($"/verwaltung/veranstaltungen/{eventId}/namensschilder?format=a3");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Papierformat", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        _ = anna;
    }

    [Fact]
    public async Task The_office_of_another_region_and_anonymous_people_get_nothing()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 2);
        await JoinAsync(slug, "Anna Platz");
        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        foreach (var path in new[] { "anmeldungen", "anmeldungen.csv", "anmeldungen.xlsx", "nachricht", "teilnehmende", "namensschilder", "einlass" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await aachen.GetAsync($"/verwaltung/veranstaltungen/{eventId}/{path}")).StatusCode);
            var anonymous = await app.Browser().GetAsync($"/verwaltung/veranstaltungen/{eventId}/{path}");
            Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{path}: {anonymous.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(AppRole.ProjectOffice, "owl")).GetAsync("/verwaltung/veranstaltungen/999999/anmeldungen")).StatusCode);
    }
}
