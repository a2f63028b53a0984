using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

/// <summary>The read API of the news: <c>/api/v1/news</c> and one item by the short name of its page <c>/aktuelles/{slug}</c>.</summary>
public static class NewsApi
{
    public static IEndpointRouteBuilder MapNewsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/news").WithTags("Meldungen");

        group.MapGet("/", async (
                [FromQuery(Name = "region")] string? region, [FromQuery(Name = "jahr")] string? year, [FromQuery(Name = "q")] string? query,
                [FromQuery(Name = "seite")] string? page, NewsQueries news, CancellationToken cancellationToken) =>
            {
                var input = new ReadApiInput();
                var pageNumber = input.Page(page);
                var chosenYear = input.Year(year);
                var text = input.Text(query);
                int? regionId = null;
                if (input.Key(region, "region", "Region") is { } regionSlug)
                {
                    regionId = await news.RegionIdAsync(regionSlug, cancellationToken);
                    if (regionId is null)
                    {
                        input.Unknown("region", "Region", regionSlug);
                    }
                }

                if (!input.IsValid)
                {
                    return input.Problem();
                }

                var result = await news.SearchAsync(regionId, chosenYear, text, pageNumber, cancellationToken);
                return Results.Ok(ApiPage.Of(result));
            })
            .WithName("ListNews")
            .WithSummary("Veröffentlichte Meldungen, neueste zuerst, seitenweise.")
            .WithDescription("Wie die Seite /aktuelles: 20 Meldungen je Seite, Beispieldaten der Übungsregion nach den echten. Filter nach Region, Jahr der Veröffentlichung und Suchbegriff; ungültige Werte ergeben 400.")
            .Produces<ApiPage<NewsApiCard>>().ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{slug}", async (string slug, NewsQueries news, CancellationToken cancellationToken) =>
                Slug.IsValid(slug) && await news.GetAsync(slug, cancellationToken) is { } item
                    ? Results.Ok(item)
                    : ReadApiInput.NotFound("Meldung nicht gefunden", $"Es gibt keine veröffentlichte Meldung „{Shown(slug)}“."))
            .WithName("GetNews")
            .WithSummary("Eine veröffentlichte Meldung mit Text (Markdown), Region, Projekt und Quellen.")
            .WithDescription("Der Kurzname ist derselbe wie in der Adresse der Seite /aktuelles/{slug}.")
            .Produces<NewsDetails>().ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static string Shown(string slug) => slug.Length <= Slug.MaxLength ? slug : UnicodeText.Shorten(slug, 40);
}
