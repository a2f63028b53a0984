using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// The Digitalboard's read API: <c>/api/v1/board/meetings</c> (a meeting with its public agenda) and
/// <c>/api/v1/board/resolutions</c>. Non-public items, papers and files never appear (<see cref="BoardApiQueries"/>).
/// </summary>
public static class BoardApi
{
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/board").WithTags("Digitalboard");

        group.MapGet("/meetings", async (
                [FromQuery(Name = "jahr")] string? year, [FromQuery(Name = "von")] string? from, [FromQuery(Name = "bis")] string? to,
                [FromQuery(Name = "region")] string? region, [FromQuery(Name = "seite")] string? page, BoardApiQueries board, CancellationToken cancellationToken) =>
            {
                var input = new ReadApiInput();
                var pageNumber = input.Page(page);
                var (fromUtc, toUtc) = Period(input, year, from, to);
                var regionId = await RegionAsync(input, region, board, cancellationToken);
                return input.IsValid
                    ? Results.Ok(ApiPage.Of(await board.MeetingsAsync(regionId, fromUtc, toUtc, pageNumber, cancellationToken)))
                    : input.Problem();
            })
            .WithName("ListBoardMeetings")
            .WithSummary("Sitzungen der Digitalboards, neueste zuerst, seitenweise, mit Zeiten in UTC.")
            .WithDescription("Filter nach Jahr, Zeitraum (von/bis, Tage in Berliner Zeit, beide eingeschlossen) und Region. Ungültige Werte ergeben 400.")
            .Produces<ApiPage<MeetingApiCard>>().ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/meetings/{id}", async (string id, BoardApiQueries board, CancellationToken cancellationToken) =>
                int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && await board.MeetingAsync(number, cancellationToken) is { } meeting
                    ? Results.Ok(meeting)
                    : ReadApiInput.NotFound("Sitzung nicht gefunden", $"Es gibt keine öffentliche Sitzung „{UnicodeText.Shorten(id, 40)}“."))
            .WithName("GetBoardMeeting")
            .WithSummary("Eine Sitzung mit ihren öffentlichen Tagesordnungspunkten, Vorlagen, Dateien und Beschlüssen.")
            .WithDescription("Die Nummer der Sitzung wie in der Adresse /digitalboard/sitzungen/{id}. Nicht öffentliche Punkte, Vorlagen und Dateien erscheinen nie; " +
                             "die Niederschrift erst, wenn sie genehmigt ist.")
            .Produces<MeetingApiDetails>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/resolutions", async (
                [FromQuery(Name = "jahr")] string? year, [FromQuery(Name = "region")] string? region, [FromQuery(Name = "q")] string? query,
                [FromQuery(Name = "seite")] string? page, BoardApiQueries board, CancellationToken cancellationToken) =>
            {
                var input = new ReadApiInput();
                var pageNumber = input.Page(page);
                var (fromUtc, toUtc) = Period(input, year, null, null);
                var text = input.Text(query);
                var regionId = await RegionAsync(input, region, board, cancellationToken);
                return input.IsValid
                    ? Results.Ok(ApiPage.Of(await board.ResolutionsAsync(regionId, fromUtc, toUtc, text, pageNumber, cancellationToken)))
                    : input.Problem();
            })
            .WithName("ListBoardResolutions")
            .WithSummary("Beschlüsse der Digitalboards zu öffentlichen Tagesordnungspunkten, neueste Sitzung zuerst, seitenweise.")
            .WithDescription("Filter nach Jahr der Sitzung, Region und Suchbegriff (Tagesordnungspunkt, Beschlusstext, öffentliche Vorlage, Projekt). Ungültige Werte ergeben 400.")
            .Produces<ApiPage<ResolutionApiItem>>().ProducesProblem(StatusCodes.Status400BadRequest);

        return endpoints;
    }

    /// <summary>The period in UTC from a year and/or von/bis (Berlin days, both included); all given limits apply.</summary>
    private static (DateTime? From, DateTime? To) Period(ReadApiInput input, string? year, string? from, string? to)
    {
        var chosenYear = input.Year(year);
        var (firstDay, lastDay) = input.Period(from, to);
        DateTime? start = firstDay is { } f ? ReadApiInput.StartOfDay(f) : null;
        DateTime? end = lastDay is { } l ? ReadApiInput.StartOfDay(l.AddDays(1)) : null;
        if (chosenYear is { } y)
        {
            var (yearStart, yearEnd) = (ReadApiInput.StartOfDay(new DateOnly(y, 1, 1)), ReadApiInput.StartOfDay(new DateOnly(y + 1, 1, 1)));
            start = start is { } s && s > yearStart ? s : yearStart;
            end = end is { } e && e < yearEnd ? e : yearEnd;
        }

        return (start, end);
    }

    private static async Task<int?> RegionAsync(ReadApiInput input, string? region, BoardApiQueries board, CancellationToken cancellationToken)
    {
        if (input.Key(region, "region", "Region") is not { } slug)
        {
            return null;
        }

        var id = await board.RegionIdAsync(slug, cancellationToken);
        if (id is null)
        {
            input.Unknown("region", "Region", slug);
        }

        return id;
    }
}
