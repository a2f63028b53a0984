using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

/// <summary>The read API for projects: <c>/api/v1/projects</c>.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/projects").WithTags("Projekte");

        group.MapGet("/", async ([AsParameters] ProjectQuery query, SearchProjects search, CancellationToken cancellationToken) =>
            {
                var result = await search.RunAsync(query.ToFilter(), cancellationToken);
                return TypedResults.Ok(new ProjectListResponse(
                    result.Page.Items,
                    result.Page.PageNumber,
                    result.Page.PageSize,
                    result.Page.TotalCount,
                    result.Ignored.Select(i => new IgnoredParameter(i.Parameter, i.Value, $"Der Wert „{i.Value}“ für „{i.Label}“ ist unbekannt und wurde ignoriert.")).ToList()));
            })
            .WithName("ListProjects")
            .WithSummary("Öffentliche Projekte, gefiltert, sortiert und seitenweise.")
            .WithDescription("Dieselben Filter wie die Seite /projekte. Unbekannte Werte werden nicht angewendet und unter „ignored“ mit einer deutschen Meldung genannt.");

        group.MapGet("/{slug}", async Task<Results<Ok<ProjectDetails>, ProblemHttpResult>> (string slug, GetProjectDetails details, PageSections sections, CancellationToken cancellationToken) =>
            {
                var project = await details.RunAsync(slug, cancellationToken: cancellationToken);
                if (project is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Projekt nicht gefunden", detail: $"Es gibt kein öffentliches Projekt „{slug}“.");
                }

                // What other features add (the board's votes, solutions from the results), under their names.
                var contributed = await sections.ContributedAsync("project", project.Id, cancellationToken);
                return TypedResults.Ok(project with { Contributed = contributed });
            })
            .WithName("GetProject")
            .WithSummary("Ein öffentliches Projekt mit Partnern, Orten, Meilensteinen, Geld und Quellen.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    /// <summary>The list's filters; <c>programme</c> is accepted as another name for <c>programm</c>.</summary>
    public sealed record ProjectQuery(
        [FromQuery(Name = "programm")] string? Programme,
        [FromQuery(Name = "programme")] string? ProgrammeAlias,
        [FromQuery(Name = "region")] string? Region,
        [FromQuery(Name = "feld")] string? Field,
        [FromQuery(Name = "thema")] string? Topic,
        [FromQuery(Name = "status")] string? Status,
        [FromQuery(Name = "kommune")] string? Municipality,
        [FromQuery(Name = "q")] string? Query,
        [FromQuery(Name = "sortierung")] string? Sort,
        [FromQuery(Name = "seite")] string? Page,
        [FromQuery(Name = "geld")] string? Money,
        [FromQuery(Name = "beispiele")] string? Examples)
    {
        public ProjectFilter ToFilter() => new(Region, Field, Topic, Status, Municipality, Query, Sort, Page, Programme ?? ProgrammeAlias, Money, Examples);
    }

    public sealed record IgnoredParameter(string Parameter, string Value, string Message);

    public sealed record ProjectListResponse(IReadOnlyList<ProjectCard> Items, int Page, int PageSize, int TotalCount, IReadOnlyList<IgnoredParameter> Ignored);
}
