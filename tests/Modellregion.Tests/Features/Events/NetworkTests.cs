using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// The network grows from events: participating organisations on the event page, "Nahm teil an" on an
/// organisation's page after the event, and new organisations reaching the directory only after the office's review.
/// </summary>
public sealed class NetworkTests(EventsApp app) : IClassFixture<EventsApp>
{
    private async Task<(string Slug, int EventId)> RegionEventAsync(string regionSlug = "owl")
    {
        var (eventId, slug, _) = await app.EventAsync(onSite: 20);
        await app.WithDbAsync(async db =>
        {
            var item = await db.Events.SingleAsync(e => e.Id == eventId);
            item.RegionId = (await db.Regions.SingleAsync(r => r.Slug == regionSlug)).Id;
            await db.SaveChangesAsync();
        });
        return (slug, eventId);
    }

    private async Task JoinAsync(string slug, string email, RegistrationInput input)
    {
        input.Email = email;
        input.Name ??= "Erika Mustermann";
        input.PrivacyConsent = true;
        var (outcome, receipt) = await app.RunAsync(s => s.GetRequiredService<Register>().RunAsync(slug, input, EventsApp.Site));
        Assert.True(receipt is not null, $"Nicht angemeldet: {outcome}");
        var (_, status) = await app.ConfirmAsync(slug, receipt!.ConfirmToken);
        Assert.Equal(RegistrationStatus.Confirmed, status);
    }

    [Fact]
    public async Task Organisations_that_agreed_appear_among_participants_and_after_the_event_as_took_part_in()
    {
        var (slug, _) = await RegionEventAsync();
        var (shownId, shownSlug, shownName) = await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.Where(o => o.RegionId != null && !o.IsExample).OrderBy(o => o.Id).FirstAsync();
            return (o.Id, o.Slug, o.Name);
        });
        var (hiddenId, hiddenSlug) = await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.Where(o => o.Id != shownId && o.RegionId != null && !o.IsExample).OrderBy(o => o.Id).FirstAsync();
            return (o.Id, o.Slug);
        });
        await JoinAsync(slug, "gezeigt@beispiel.example", new RegistrationInput { OrganisationId = shownId, ShowOrganisation = true });
        await JoinAsync(slug, "verborgen@beispiel.example", new RegistrationInput { OrganisationId = hiddenId, ShowOrganisation = false });

        var browser = app.Browser();
        var eventPage = await browser.GetPageAsync($"/veranstaltungen/{slug}");
        var participants = eventPage.QuerySelector("section[aria-labelledby=teilnehmende]");
        Assert.NotNull(participants);
        Assert.Contains(shownName, participants!.TextContent);
        Assert.NotNull(participants.QuerySelector($"a[href='/akteure/{shownSlug}']"));
        Assert.Null(participants.QuerySelector($"a[href='/akteure/{hiddenSlug}']"));

        app.Clock.Set(app.Clock.Today.AddDays(8));
        try
        {
            var shownPage = await browser.GetPageAsync($"/akteure/{shownSlug}");
            var section = shownPage.QuerySelector("section[aria-labelledby=teilnahmen]");
            Assert.NotNull(section);
            Assert.NotNull(section!.QuerySelector($"a[href='/veranstaltungen/{slug}']"));
            Assert.Null((await browser.GetPageAsync($"/akteure/{hiddenSlug}")).QuerySelector($"section[aria-labelledby=teilnahmen] a[href='/veranstaltungen/{slug}']"));

            // The organisation API carries the same list.
            var json = await browser.GetStringAsync($"/api/v1/organisations/{shownSlug}");
            Assert.Contains($"\"slug\":\"{slug}\"", json.Replace(" ", ""));
        }
        finally
        {
            app.Clock.Set(app.Clock.Today.AddDays(-8));
        }
    }

    [Fact]
    public async Task A_new_organisation_reaches_the_directory_only_after_the_office_takes_it_up()
    {
        var (slug, _) = await RegionEventAsync();
        var name = "Digitalverein 𝔘nterstadt 🚀 " + Guid.NewGuid().ToString("N")[..6];
        await JoinAsync(slug, "neu1@beispiel.example", new RegistrationInput { NewOrganisationName = name, AddToDirectory = true, ShowOrganisation = true });
        await JoinAsync(slug, "neu2@beispiel.example", new RegistrationInput { NewOrganisationName = " " + name.ToUpperInvariant() + " ", AddToDirectory = true });
        await JoinAsync(slug, "ohne@beispiel.example", new RegistrationInput { NewOrganisationName = "Kein Verzeichnis GmbH", AddToDirectory = false });

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.DoesNotContain(name, (await office.GetPageAsync("/verwaltung/veranstaltungen/akteure")).Body!.TextContent);

        app.Clock.Set(app.Clock.Today.AddDays(8));
        try
        {
            var page = await office.GetPageAsync("/verwaltung/veranstaltungen/akteure");
            var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
            Assert.Contains("2", row.QuerySelectorAll("td")[3].TextContent);
            Assert.DoesNotContain("Kein Verzeichnis GmbH", page.Body!.TextContent);
            Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));

            // Another region's office sees nothing and may not decide.
            var registrationId = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.NewOrganisationName == name).Select(r => r.Id).SingleAsync());
            var other = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
            Assert.DoesNotContain(name, (await other.GetPageAsync("/verwaltung/veranstaltungen/akteure")).Body!.TextContent);
            var refused = await other.PostAsSessionAsync("/verwaltung/veranstaltungen/akteure?handler=Accept",
                new() { ["registrationId"] = registrationId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/verwaltung/veranstaltungen/personendaten");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

            var index = page.QuerySelectorAll("tbody tr").ToList().IndexOf(row);
            var accepted = await office.SubmitAsync(page, "/verwaltung/veranstaltungen/akteure", $"tbody tr:nth-child({index + 1}) form[action*=Accept]", []);
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

            var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
            Assert.Equal(await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync()), organisation.RegionId);
            Assert.Equal(2, await app.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.OrganisationId == organisation.Id && r.NewOrganisationName == null)));

            // It is in the directory now, and it shows the event (one of its participants agreed to be shown).
            var orgPage = await app.Browser().GetPageAsync($"/akteure/{organisation.Slug}");
            Assert.NotNull(orgPage.QuerySelector($"section[aria-labelledby=teilnahmen] a[href='/veranstaltungen/{slug}']"));
            Assert.DoesNotContain(name, (await office.GetPageAsync("/verwaltung/veranstaltungen/akteure")).Body!.TextContent);

            // The audit knows the registrations changed, never the typed organisation name or the person.
            var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Registration)).Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
            Assert.DoesNotContain(audit, a => a.Contains("neu1@beispiel.example", StringComparison.Ordinal) || a.Contains("Unterstadt", StringComparison.Ordinal));
        }
        finally
        {
            app.Clock.Set(app.Clock.Today.AddDays(-8));
        }
    }

    [Fact]
    public async Task A_declined_proposal_stays_out_of_the_directory()
    {
        var (slug, _) = await RegionEventAsync();
        var name = "Abgelehnt e. V. " + Guid.NewGuid().ToString("N")[..6];
        await JoinAsync(slug, "abgelehnt@beispiel.example", new RegistrationInput { NewOrganisationName = name, AddToDirectory = true });
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        app.Clock.Set(app.Clock.Today.AddDays(8));
        try
        {
            var page = await office.GetPageAsync("/verwaltung/veranstaltungen/akteure");
            var rows = page.QuerySelectorAll("tbody tr").ToList();
            var index = rows.FindIndex(r => r.TextContent.Contains(name, StringComparison.Ordinal));
            Assert.True(index >= 0);
            var declined = await office.SubmitAsync(page, "/verwaltung/veranstaltungen/akteure", $"tbody tr:nth-child({index + 1}) form[action*=Decline]", []);
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
            Assert.DoesNotContain(name, (await office.GetPageAsync("/verwaltung/veranstaltungen/akteure")).Body!.TextContent);
            Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));
        }
        finally
        {
            app.Clock.Set(app.Clock.Today.AddDays(-8));
        }
    }
}
