using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>The place of an event as published.</summary>
public sealed record EventApiVenue(string? Name, string? Street, string? PostalCode, string? City);

/// <summary>The places of one registration type: counts only, never who registered.</summary>
public sealed record EventApiPlaces(TicketKind Kind, int Capacity, int Free, int Waiting);

/// <summary>Published figures of a past event; null where unknown.</summary>
public sealed record EventApiFigures(int? OnSite, int? Online, int? ProjectsPresented);

/// <summary>A session of the programme with the speakers as the event page shows them.</summary>
public sealed record EventApiSession(DateTime? StartsAt, DateTime? EndsAt, string? Room, string Title, IReadOnlyList<string> Speakers,
    IReadOnlyList<ApiLink> Projects, IReadOnlyList<ApiLink> Solutions);

/// <summary>
/// An event as its public page shows it, times in UTC. Deliberately without registrations, participants, the
/// stream's address or anything else personal: only counts of places.
/// </summary>
public sealed record EventApiDetails(
    string Slug, string Title, string? Summary, string? Description, EventFormat Format, DateTime StartsAt, DateTime EndsAt, bool TimesKnown,
    string Place, EventApiVenue Venue, string? Organisers, string? RegionSlug, string? RegionName, bool IsCancelled, bool IsPast, bool IsExample,
    bool RegistrationOpen, DateTime? RegistrationClosesAt, IReadOnlyList<EventApiPlaces> Places, EventApiFigures Reported,
    IReadOnlyList<EventApiSession> Sessions, IReadOnlyList<SourceReference> Sources);

/// <summary>The read API of the events: <c>/api/v1/events</c> and one event by the short name of its page.</summary>
public static class EventsApi
{
    private static readonly Dictionary<string, EventFormat> Formats = new(StringComparer.Ordinal)
    {
        ["vor-ort"] = EventFormat.OnSite,
        ["online"] = EventFormat.Online,
        ["hybrid"] = EventFormat.Hybrid,
    };

    private static readonly Dictionary<string, bool> Times = new(StringComparer.Ordinal)
    {
        ["kommend"] = true,
        ["vergangen"] = false,
    };

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/events").WithTags("Veranstaltungen");

        group.MapGet("/", async (
                [FromQuery(Name = "region")] string? region, [FromQuery(Name = "von")] string? from, [FromQuery(Name = "bis")] string? to,
                [FromQuery(Name = "format")] string? format, [FromQuery(Name = "zeit")] string? time, [FromQuery(Name = "seite")] string? page,
                EventQueries events, CancellationToken cancellationToken) =>
            {
                var input = new ReadApiInput();
                var pageNumber = input.Page(page);
                var (firstDay, lastDay) = input.Period(from, to);
                var chosenFormat = input.Choice(format, "format", Formats);
                var upcoming = input.Choice(time, "zeit", Times);
                int? regionId = null;
                if (input.Key(region, "region", "Region") is { } regionSlug)
                {
                    regionId = await events.RegionIdAsync(regionSlug, cancellationToken);
                    if (regionId is null)
                    {
                        input.Unknown("region", "Region", regionSlug);
                    }
                }

                if (!input.IsValid)
                {
                    return input.Problem();
                }

                var result = await events.PageAsync(regionId,
                    firstDay is { } f ? ReadApiInput.StartOfDay(f) : null,
                    lastDay is { } l ? ReadApiInput.StartOfDay(l.AddDays(1)) : null,
                    chosenFormat, upcoming, pageNumber, cancellationToken);
                return Results.Ok(ApiPage.Of(result));
            })
            .WithName("ListEvents")
            .WithSummary("Veröffentlichte Veranstaltungen, seitenweise, mit Zeiten in UTC.")
            .WithDescription("Filter nach Region, Zeitraum (von/bis: Veranstaltungen, die an einem dieser Tage stattfinden), Format und kommend/vergangen. " +
                             "Vergangene Veranstaltungen (zeit=vergangen) stehen mit der neuesten zuerst, sonst nach Beginn. Ungültige Werte ergeben 400.")
            .Produces<ApiPage<EventApiCard>>().ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{slug}", async (string slug, EventQueries events, TimeProvider time, CancellationToken cancellationToken) =>
                Slug.IsValid(slug) && await events.DetailsAsync(slug, cancellationToken) is { } details
                    ? Results.Ok(ToApi(details, time.GetUtcNow().UtcDateTime))
                    : ReadApiInput.NotFound("Veranstaltung nicht gefunden", $"Es gibt keine veröffentlichte Veranstaltung „{UnicodeText.Shorten(slug, 60)}“."))
            .WithName("GetEvent")
            .WithSummary("Eine veröffentlichte Veranstaltung mit Ort, Programm, Referierenden und freien Plätzen.")
            .WithDescription("Der Kurzname ist derselbe wie in der Adresse der Seite /veranstaltungen/{slug}. Ohne Anmeldungen und ohne personenbezogene Daten von Teilnehmenden.")
            .Produces<EventApiDetails>().ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static EventApiDetails ToApi(EventDetails details, DateTime utcNow)
    {
        var e = details.Event;
        return new EventApiDetails(
            e.Slug, e.Title, e.Summary, e.Description, e.Format, ReadApiInput.Utc(e.StartsAt), ReadApiInput.Utc(e.EndsAt), e.TimesKnown,
            EventCalendar.Place(e), new EventApiVenue(e.VenueName, e.Street, e.PostalCode, e.City), e.Organisers, details.RegionSlug, details.RegionName,
            e.CancelledAt is not null, e.EndsAt <= utcNow, e.IsExample,
            details.RegistrationOpen, e.TakesRegistrations ? ReadApiInput.Utc(e.RegistrationDeadline) : null,
            [.. details.TicketTypes.Select(t => new EventApiPlaces(t.Kind, t.Capacity, t.Free, t.Waiting))],
            new EventApiFigures(e.ReportedOnSite, e.ReportedOnline, e.ReportedProjectsPresented),
            [.. details.Sessions.Select(s => new EventApiSession(ReadApiInput.Utc(s.StartsAt), ReadApiInput.Utc(s.EndsAt), s.Room, s.Title, s.Speakers,
                [.. s.Projects.Select(p => new ApiLink(p.Slug, p.Title))], [.. s.Solutions.Select(p => new ApiLink(p.Slug, p.Title))]))],
            [.. e.Sources]);
    }
}
