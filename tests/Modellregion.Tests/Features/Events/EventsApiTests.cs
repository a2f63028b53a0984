using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Features.Api;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Events;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// The events in the read API: published events with their programme, filtered and paged, times in UTC; never a
/// registration, a participant's name or e-mail address, a ticket or the stream's address.
/// </summary>
public sealed class EventsApiTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Congress = "digitalkongress-2022";
    private const string Workshop = "werkstatt-digitale-verwaltung-uebungsregion";

    [Fact]
    public async Task The_list_carries_the_demo_events_with_UTC_times()
    {
        var page = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/events");
        ReadApiAssert.IsPage(page, 1);
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());

        var congress = page.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("slug").GetString() == Congress);
        Assert.Equal("Digitalkongress „DigitaleZukunft@OWL“ 2022", congress.GetProperty("title").GetString());
        Assert.Equal("2022-03-09T23:00:00Z", congress.GetProperty("startsAt").GetString());
        Assert.Equal("2022-03-10T23:00:00Z", congress.GetProperty("endsAt").GetString());
        Assert.Equal("Hybrid", congress.GetProperty("format").GetString());
        Assert.Equal("owl", congress.GetProperty("regionSlug").GetString());
        Assert.True(congress.GetProperty("isPast").GetBoolean());
        Assert.Contains("Heinz Nixdorf MuseumsForum", congress.GetProperty("place").GetString(), StringComparison.Ordinal);
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            ReadApiAssert.TimesAreUtc(item, "startsAt", "endsAt");
        }
    }

    [Fact]
    public async Task Region_period_format_and_time_filter_the_list()
    {
        async Task<List<string>> Slugs(string query) => ReadApiAssert.Strings(await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/events?" + query), "slug");

        Assert.Contains(Congress, await Slugs("region=owl"));
        Assert.DoesNotContain(Workshop, await Slugs("region=owl"));
        Assert.Contains(Workshop, await Slugs("region=uebungsregion"));

        Assert.Contains(Congress, await Slugs("zeit=vergangen"));
        Assert.DoesNotContain(Workshop, await Slugs("zeit=vergangen"));
        Assert.Contains(Workshop, await Slugs("zeit=kommend"));
        Assert.DoesNotContain(Congress, await Slugs("zeit=kommend"));

        // The congress took place on 10 March 2022 (Berlin): the days around it do not find it.
        Assert.Equal([Congress], await Slugs("von=2022-03-10&bis=2022-03-10"));
        Assert.Contains(Congress, await Slugs("von=2022-01-01&bis=2022-12-31"));
        Assert.DoesNotContain(Congress, await Slugs("von=2022-03-11&bis=2022-12-31"));
        Assert.DoesNotContain(Congress, await Slugs("von=2021-01-01&bis=2022-03-09"));

        Assert.Contains(Congress, await Slugs("format=hybrid"));
        Assert.Empty(await Slugs("format=online&region=owl"));
        Assert.Empty(await Slugs("format=vor-ort&region=owl"));
    }

    [Fact]
    public async Task An_event_carries_its_programme_and_speakers_but_no_personal_data()
    {
        // One more registration with an organisation shown among the participants: still not in the API.
        var marker = "Teilnehmerin" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            var item = await db.Events.Include(e => e.TicketTypes).SingleAsync(e => e.Slug == Workshop);
            var online = item.TicketTypes.Single(t => t.Kind == TicketKind.Online);
            db.EventRegistrations.Add(new Registration
            {
                EventId = item.Id,
                TicketTypeId = online.Id,
                Status = RegistrationStatus.Confirmed,
                Name = marker,
                Email = $"{marker.ToLowerInvariant()}@example.org",
                EmailKey = $"{marker.ToLowerInvariant()}@example.org",
                AccessibilityNeeds = "Rollstuhlplatz " + marker,
                ConsentedAt = db.UtcNow,
                ConfirmedAt = db.UtcNow,
                ShortCode = "APITEST1",
                TicketToken = "ticket-" + marker,
            });
            await db.SaveChangesAsync();
        });

        var body = await app.Browser().GetStringAsync("/api/v1/events/" + Workshop);
        var details = System.Text.Json.JsonDocument.Parse(body).RootElement;

        Assert.Equal("Werkstatt Digitale Verwaltung (Beispiel)", details.GetProperty("title").GetString());
        Assert.True(details.GetProperty("isExample").GetBoolean());
        Assert.Equal("Musterstadt", details.GetProperty("venue").GetProperty("city").GetString());
        ReadApiAssert.TimesAreUtc(details, "startsAt", "endsAt", "registrationClosesAt");
        var sessions = details.GetProperty("sessions");
        Assert.Equal(2, sessions.GetArrayLength());
        Assert.Equal("Begrüßung und Stand der Übungsregion (Beispiel)", sessions[0].GetProperty("title").GetString());
        Assert.Equal("Ratssaal", sessions[0].GetProperty("room").GetString());
        ReadApiAssert.TimesAreUtc(sessions[0], "startsAt", "endsAt");
        Assert.Equal(["Projektleitung der Kita-Vergabe (Beispiel)"], sessions[1].GetProperty("speakers").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, sessions[1].GetProperty("projects").GetArrayLength());
        var onSite = details.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "OnSite");
        Assert.Equal(3, onSite.GetProperty("capacity").GetInt32());
        Assert.Equal(0, onSite.GetProperty("free").GetInt32());

        // No registration, no participant, no ticket, no stream.
        foreach (var personal in new[] { marker, "Beispielperson", "teilnahme1@beispiel.example", "BEXAMPL", "APITEST1", "stream.example", "Rollstuhlplatz", "ticket-" })
        {
            Assert.DoesNotContain(personal, body, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var property in new[] { "registrations", "participants", "streamUrl", "email", "name" })
        {
            Assert.False(details.TryGetProperty(property, out _), property);
        }

        var congress = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/events/" + Congress);
        Assert.Equal(59, congress.GetProperty("reported").GetProperty("projectsPresented").GetInt32());
        Assert.False(congress.GetProperty("registrationOpen").GetBoolean());
        Assert.Equal(2, congress.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Pages_follow_each_other_and_unpublished_events_never_appear()
    {
        var marker = "Unveroeffentlicht" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "soest");
            for (var i = 1; i <= 25; i++)
            {
                var day = new DateOnly(2019, 5, i);
                db.Events.Add(new Event
                {
                    Slug = $"seitentest-veranstaltung-{i:00}",
                    Title = $"Seitentest {i:00}",
                    StartsAt = Formatting.BerlinToUtc(day, new TimeOnly(10, 0)),
                    EndsAt = Formatting.BerlinToUtc(day, new TimeOnly(12, 0)),
                    RegionId = region.Id,
                    TakesRegistrations = false,
                });
            }

            db.Events.Add(new Event
            {
                Slug = marker.ToLowerInvariant(),
                Title = marker,
                StartsAt = Formatting.BerlinToUtc(new DateOnly(2019, 5, 3), new TimeOnly(10, 0)),
                EndsAt = Formatting.BerlinToUtc(new DateOnly(2019, 5, 3), new TimeOnly(12, 0)),
                RegionId = region.Id,
                IsPublished = false,
            });
            await db.SaveChangesAsync();
        });

        var first = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/events?region=soest");
        var second = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/events?region=soest&seite=2");
        ReadApiAssert.IsPage(first, 1, total: 25);
        ReadApiAssert.IsPage(second, 2, total: 25);
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(5, second.GetProperty("items").GetArrayLength());
        Assert.Empty(ReadApiAssert.Strings(first, "slug").Intersect(ReadApiAssert.Strings(second, "slug")));
        Assert.Equal("seitentest-veranstaltung-01", ReadApiAssert.Strings(first, "slug")[0]);

        // Past events from the latest.
        var past = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/events?region=soest&zeit=vergangen");
        Assert.Equal("seitentest-veranstaltung-25", ReadApiAssert.Strings(past, "slug")[0]);

        foreach (var url in new[] { "/api/v1/events", "/api/v1/events?region=soest", "/api/v1/events?region=soest&seite=2", "/api/v1/events?von=2019-05-03&bis=2019-05-03" })
        {
            Assert.DoesNotContain(marker, await app.Browser().GetStringAsync(url), StringComparison.Ordinal);
        }

        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/events/" + marker.ToLowerInvariant(), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("seite=-3")]
    [InlineData("seite=abc")]
    [InlineData("seite=2147483648")]
    [InlineData("von=9999-99-99")]
    [InlineData("von=2022-02-30")]
    [InlineData("bis=10.03.2022")]
    [InlineData("von=2022-03-10&bis=2022-03-01")]
    [InlineData("format=teleportation")]
    [InlineData("zeit=morgen")]
    [InlineData("region=gibt-es-nicht")]
    [InlineData("region=%F0%9F%8E%89")]
    public async Task Bad_values_are_answered_400_in_German(string query)
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/events?" + query, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_events_and_huge_values_are_problems_not_errors()
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/events?region=" + ReadApiAssert.TenKilobytes, HttpStatusCode.BadRequest);
        var problem = await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/events/gibt-es-nicht", HttpStatusCode.NotFound);
        Assert.Equal("Veranstaltung nicht gefunden", problem.GetProperty("title").GetString());
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/events/%F0%9F%8E%89", HttpStatusCode.NotFound);
    }
}
