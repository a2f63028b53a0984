using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The read API of the transfer catalogue: <c>/api/v1/solutions</c>, a solution, and the matchmaking.</summary>
public static class TransferApi
{
    public sealed record SolutionListResponse(IReadOnlyList<SolutionCard> Items, int Page, int PageSize, int TotalCount, IReadOnlyList<string> Ignored);

    public sealed record MatchResponse(string Ags, string Municipality, string? Need, IReadOnlyList<SolutionMatch> Matches, IReadOnlyList<SolutionMatch> AlreadyUsed);

    public static IEndpointRouteBuilder MapTransferApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/solutions").WithTags("Lösungen");

        group.MapGet("/", async (
                [FromQuery(Name = "art")] string? kind, [FromQuery(Name = "thema")] string? topic, [FromQuery(Name = "reife")] string? maturity,
                [FromQuery(Name = "lizenz")] string? licence, [FromQuery(Name = "region")] string? region, [FromQuery(Name = "q")] string? query,
                [FromQuery(Name = "sortierung")] string? sort, [FromQuery(Name = "seite")] string? page, [FromQuery(Name = "programm")] string? programme,
                [FromQuery(Name = "programme")] string? programmeAlias, SearchSolutions search, CancellationToken cancellationToken) =>
            {
                var result = await search.RunAsync(new SolutionFilter(kind, topic, maturity, licence, region, query, sort, page, programme ?? programmeAlias), cancellationToken);
                return TypedResults.Ok(new SolutionListResponse(result.Page.Items, result.Page.PageNumber, result.Page.PageSize, result.Page.TotalCount,
                    [.. result.Ignored.Select(i => $"{i.Parameter}={i.Value}")]));
            })
            .WithName("ListSolutions")
            .WithSummary("Lösungen zur Nachnutzung, gefiltert nach Förderprogramm, Art, Thema, Reifegrad, Lizenz und Region.")
            .WithDescription("Dieselben Filter wie die Seite /loesungen; die Suche findet auch gebeugte Formen („Schulen“ findet „Schule“). Nicht angewendete Werte stehen unter „ignored“.");

        group.MapGet("/{slug}", async (string slug, GetSolutionDetails details, PageSections sections, CancellationToken cancellationToken) =>
                await details.RunAsync(slug, cancellationToken: cancellationToken) is { } solution
                    ? Results.Ok(solution with { Contributed = await sections.ContributedAsync("solution", solution.Id, cancellationToken) })
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lösung nicht gefunden", detail: $"Es gibt keine öffentliche Lösung „{slug}“."))
            .WithName("GetSolution")
            .WithSummary("Eine Lösung mit Profil, Herkunft, öffentlichen Mitteln und Nachnutzungen.")
            .Produces<SolutionDetails>().ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGet("/api/v1/matchmaking", async ([FromQuery(Name = "kommune")] string? municipality, [FromQuery(Name = "bedarf")] string? need,
                MunicipalityLookup lookup, MatchSolutions match, CancellationToken cancellationToken) =>
            {
                if (need is { Length: > MatchSolutions.MaxNeedLength })
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bedarf zu lang", detail: "Bitte beschreiben Sie den Bedarf in höchstens 300 Zeichen.");
                }

                return await lookup.ResolveAsync(municipality, null, cancellationToken) switch
                {
                    MunicipalityMatch.Found found when await match.RunAsync(found.Municipality, need, cancellationToken) is { } result =>
                        Results.Ok(new MatchResponse(found.Municipality.Ags, found.Municipality.Name, result.Need, result.Matches, result.AlreadyUsed)),
                    MunicipalityMatch.Ambiguous ambiguous => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Kommune nicht eindeutig",
                        detail: ambiguous.Message(municipality) + " Passend: " + string.Join(", ", ambiguous.Candidates.Select(c => $"{c.Label} (AGS {c.Ags})")) + (ambiguous.HasMore ? ", …" : "") + ". Bitte den AGS angeben."),
                    _ => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Kommune unbekannt",
                        detail: $"„{municipality}“ steht nicht im amtlichen Gemeindeverzeichnis; bitte Name oder achtstelligen AGS angeben."),
                };
            })
            .WithTags("Lösungen").WithName("MatchSolutions")
            .WithSummary("Lösungen für eine Kommune (Name oder AGS) und optional einen Bedarf, mit den Gründen der Passung.")
            .WithDescription("Eine unbekannte oder nicht eindeutige Kommune ergibt 400 mit den passenden Kommunen in der Meldung; dann den AGS angeben.")
            .Produces<MatchResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapGet("/api/v1/reuses", async (
                [FromQuery(Name = "loesung")] string? solution, [FromQuery(Name = "kommune")] string? municipality, [FromQuery(Name = "region")] string? region,
                [FromQuery(Name = "status")] string? status, [FromQuery(Name = "seite")] string? page, PublicReuses reuses, CancellationToken cancellationToken) =>
            {
                var input = new ReadApiInput();
                var pageNumber = input.Page(page);
                int? solutionId = null;
                if (input.Key(solution, "loesung", "Lösung") is { } solutionSlug && (solutionId = await reuses.SolutionIdAsync(solutionSlug, cancellationToken)) is null)
                {
                    input.Unknown("loesung", "Lösung", solutionSlug);
                }

                var ags = municipality?.Trim();
                if (string.IsNullOrEmpty(ags))
                {
                    ags = null;
                }
                else if (ags.Length != 8 || !ags.All(char.IsAsciiDigit))
                {
                    input.Add("kommune", "„kommune“ muss ein achtstelliger Amtlicher Gemeindeschlüssel (AGS) sein, z. B. 05774032.");
                    ags = null;
                }
                else if (!await reuses.MunicipalityExistsAsync(ags, cancellationToken))
                {
                    input.Unknown("kommune", "Gemeindeschlüssel", ags);
                }

                int? regionId = null;
                if (input.Key(region, "region", "Region") is { } regionSlug && (regionId = await reuses.RegionIdAsync(regionSlug, cancellationToken)) is null)
                {
                    input.Unknown("region", "Region", regionSlug);
                }

                if (status?.Trim() is { Length: > 0 } chosen && chosen != PublicReuses.ConfirmedStatus)
                {
                    input.Add("status", $"„status“ kennt nur den Wert „{PublicReuses.ConfirmedStatus}“: öffentlich sind nur bestätigte Nachnutzungen.");
                }

                if (!input.IsValid)
                {
                    return input.Problem();
                }

                return Results.Ok(ApiPage.Of(await reuses.PageAsync(new ReuseApiFilter(solutionId, ags, regionId), pageNumber, cancellationToken)));
            })
            .WithTags("Nachnutzungen").WithName("ListReuses")
            .WithSummary("Bestätigte Nachnutzungen veröffentlichter Lösungen, seitenweise.")
            .WithDescription("Wer welche Lösung seit wann nutzt, wie auf den Seiten der Lösungen und Kommunen. Filter nach Lösung, Kommune (AGS; auch ihre Organisationen), " +
                             "Region der Lösung und Stand (nur „bestaetigt“ ist öffentlich). Ungültige Werte ergeben 400.")
            .Produces<ApiPage<ReuseApiItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }
}
