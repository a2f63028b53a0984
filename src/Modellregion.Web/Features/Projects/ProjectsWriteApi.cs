using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>
/// The write API for project leads and project offices: the state, milestones and results of a project the person
/// may edit, with a personal access token (<c>Authorization: Bearer mr_pat_…</c>) only — a sign-in cookie does not
/// count here, so no other site can make a browser write (ADR 0017). Each endpoint calls the same use case as the
/// back office: its rules, its authorization and its audit trail (with the token's person as the actor).
/// </summary>
public static class ProjectsWriteApi
{
    public const string Tag = "Projekte – Schreiben";

    public static IEndpointRouteBuilder MapProjectsWriteApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/projects/{slug}").WithTags(Tag).RequireAuthorization(AccessTokenPolicies.Bearer);

        group.MapPut("/status", async (string slug, HttpContext context, ProjectAccess access, ReportProjectStatus report, CancellationToken cancellationToken) =>
            {
                if (await ReadAsync<StatusInput>(context) is not { } input)
                {
                    return MalformedJson(context);
                }

                if (await access.IdOfAsync(slug, cancellationToken) is not { } id)
                {
                    return new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty);
                }

                var outcome = await report.RunAsync(id, input, cancellationToken);
                return await outcome.ToHttpResultAsync(context, async () => await access.StatusOfAsync(id, cancellationToken) is { } status ? TypedResults.Ok(status) : Results.NotFound());
            })
            .WithName("ReportProjectStatus")
            .WithSummary("Stand eines Projekts melden: nächster Schritt im Lebenszyklus und Anmerkung zum Stand.")
            .WithDescription("„status“ ist der Kurzname des Stands wie in der Lese-API (z. B. „laufend“); leer lässt den Stand unverändert. " +
                             "Welche Schritte wer gehen darf, entscheiden dieselben Regeln wie in der Verwaltung. „version“ ist die Version des Projekts; " +
                             "eine veraltete Version wird mit 409 abgelehnt.")
            .Accepts<StatusInput>("application/json")
            .Produces<ProjectStatusResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/milestones", async (string slug, HttpContext context, ProjectAccess access, ManageMilestones milestones, CancellationToken cancellationToken) =>
            {
                if (await ReadAsync<MilestoneInput>(context) is not { } input)
                {
                    return MalformedJson(context);
                }

                if (await access.IdOfAsync(slug, cancellationToken) is not { } id)
                {
                    return new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty);
                }

                var outcome = await milestones.AddAsync(id, input, cancellationToken);
                return await outcome.ToHttpResultAsync(context, async () => await milestones.FindAsync(id, ((Outcome.Saved)outcome).Id, cancellationToken) is { } stored
                    ? TypedResults.Created($"/api/v1/projects/{slug}/milestones/{stored.Id}", MilestoneResponse.Of(stored))
                    : Results.NotFound());
            })
            .WithName("AddMilestone")
            .WithSummary("Einen Meilenstein anlegen.")
            .WithDescription("Titel 2 bis 200 Zeichen, Beschreibung höchstens 2.000 Zeichen, ohne Emojis; Daten als JJJJ-MM-TT. Antwort 201 mit dem gespeicherten Meilenstein.")
            .Accepts<MilestoneInput>("application/json")
            .Produces<MilestoneResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/milestones/{milestoneId:int}", async (string slug, int milestoneId, HttpContext context, ProjectAccess access, ManageMilestones milestones, CancellationToken cancellationToken) =>
            {
                if (await ReadAsync<MilestoneInput>(context) is not { } input)
                {
                    return MalformedJson(context);
                }

                if (await access.IdOfAsync(slug, cancellationToken) is not { } id)
                {
                    return new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty);
                }

                var outcome = await milestones.UpdateAsync(id, milestoneId, input, cancellationToken);
                return await outcome.ToHttpResultAsync(context, async () => await milestones.FindAsync(id, milestoneId, cancellationToken) is { } stored
                    ? TypedResults.Ok(MilestoneResponse.Of(stored))
                    : Results.NotFound());
            })
            .WithName("UpdateMilestone")
            .WithSummary("Einen Meilenstein ändern (z. B. als erreicht melden).")
            .WithDescription("„version“ ist die Version, auf der die Änderung beruht (aus der letzten Antwort); hat jemand den Meilenstein inzwischen geändert, antwortet die API mit 409 und speichert nichts.")
            .Accepts<MilestoneInput>("application/json")
            .Produces<MilestoneResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/milestones/{milestoneId:int}", async (string slug, int milestoneId, HttpContext context, ProjectAccess access, ManageMilestones milestones, CancellationToken cancellationToken) =>
                await access.IdOfAsync(slug, cancellationToken) is { } id
                    ? (await milestones.DeleteAsync(id, milestoneId, cancellationToken)).ToHttpResult(context, _ => TypedResults.NoContent())
                    : new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty))
            .WithName("DeleteMilestone")
            .WithSummary("Einen Meilenstein löschen.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/results", async (string slug, HttpContext context, ProjectAccess access, ManageResults results, CancellationToken cancellationToken) =>
            {
                if (await ReadAsync<ResultInput>(context) is not { } input)
                {
                    return MalformedJson(context);
                }

                if (await access.IdOfAsync(slug, cancellationToken) is not { } id)
                {
                    return new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty);
                }

                var outcome = await results.AddAsync(id, input, cancellationToken);
                return await outcome.ToHttpResultAsync(context, async () => await results.FindAsync(id, ((Outcome.Saved)outcome).Id, cancellationToken) is { } stored
                    ? TypedResults.Created($"/api/v1/projects/{slug}/results/{stored.Id}", ResultResponse.Of(stored))
                    : Results.NotFound());
            })
            .WithName("AddResult")
            .WithSummary("Ein Ergebnis anlegen (Software, Online-Dienst, Konzept, Daten, Bericht, Sonstiges).")
            .WithDescription("„kind“: Software, Service, Concept, Data, Report oder Other; „url“ eine http(s)-Adresse. Antwort 201 mit dem gespeicherten Ergebnis.")
            .Accepts<ResultInput>("application/json")
            .Produces<ResultResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/results/{resultId:int}", async (string slug, int resultId, HttpContext context, ProjectAccess access, ManageResults results, CancellationToken cancellationToken) =>
            {
                if (await ReadAsync<ResultInput>(context) is not { } input)
                {
                    return MalformedJson(context);
                }

                if (await access.IdOfAsync(slug, cancellationToken) is not { } id)
                {
                    return new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty);
                }

                var outcome = await results.UpdateAsync(id, resultId, input, cancellationToken);
                return await outcome.ToHttpResultAsync(context, async () => await results.FindAsync(id, resultId, cancellationToken) is { } stored
                    ? TypedResults.Ok(ResultResponse.Of(stored))
                    : Results.NotFound());
            })
            .WithName("UpdateResult")
            .WithSummary("Ein Ergebnis ändern.")
            .WithDescription("„version“ wie bei Meilensteinen: eine veraltete Version wird mit 409 abgelehnt.")
            .Accepts<ResultInput>("application/json")
            .Produces<ResultResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/results/{resultId:int}", async (string slug, int resultId, HttpContext context, ProjectAccess access, ManageResults results, CancellationToken cancellationToken) =>
                await access.IdOfAsync(slug, cancellationToken) is { } id
                    ? (await results.DeleteAsync(id, resultId, cancellationToken)).ToHttpResult(context, _ => TypedResults.NoContent())
                    : new Outcome.NotFound().ToHttpResult(context, _ => Results.Empty))
            .WithName("DeleteResult")
            .WithSummary("Ein Ergebnis löschen.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    /// <summary>The request's JSON body as <typeparamref name="T"/>, or null when it is missing, not JSON or malformed.</summary>
    private static async Task<T?> ReadAsync<T>(HttpContext context)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult MalformedJson(HttpContext context) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: ProjectsTexts.Of("WriteApi.InvalidRequest").Localize(context.RequestServices),
            detail: ProjectsTexts.Of("WriteApi.TheBodyMustBeJson").Localize(context.RequestServices));

    /// <summary>The outcome as problem details, or when saved the stored object (read after saving).</summary>
    private static async Task<IResult> ToHttpResultAsync(this Outcome outcome, HttpContext context, Func<Task<IResult>> saved) =>
        outcome is Outcome.Saved ? await saved() : outcome.ToHttpResult(context, _ => Results.Empty);
}

public sealed record MilestoneResponse(int Id, string Title, string? Description, DateOnly? DueOn, bool IsCompleted, DateOnly? CompletedOn, int Version)
{
    public static MilestoneResponse Of(Milestone m) => new(m.Id, m.Title, m.Description, m.DueOn, m.IsCompleted, m.CompletedOn, m.Version);
}

public sealed record ResultResponse(int Id, string Title, string? Description, string? Url, ResultKind Kind, int Version)
{
    public static ResultResponse Of(ProjectResult r) => new(r.Id, r.Title, r.Description, r.Url, r.Kind, r.Version);
}

public sealed record ProjectStatusResponse(string Slug, string Status, string StatusLabel, string? StatusNote, int Version);
