using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Directory;

public sealed class DirectoryFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISearchSource, OrganisationsSearch>();
        services.AddSingleton<ISearchSource, MunicipalitiesSearch>();
        services.AddScoped<IOpenDataSet, OrganisationsOpenData>();
        services.AddScoped<OrganisationQueries>();
        services.TryAddScoped<PageSections>();
        services.AddScoped<ImportMunicipalities>();
        services.AddScoped<MunicipalityLookup>();
        services.AddScoped<GetMunicipalityDetails>();
        services.AddScoped<InvolvedMunicipalities>();
        services.AddScoped<SaveOrganisation>();
        services.AddScoped<ListEditableOrganisations>();
        services.AddSingleton<IBackOfficeArea, DirectoryBackOffice>();

        // Authorization: who may keep organisations (DirectoryOperations)
        services.AddScoped<IAuthorizationHandler, OrganisationAuthorization>();
        services.AddScoped<IAuthorizationHandler, DirectoryRegionAuthorization>();
    }

    public void AddCommandLineServices(IServiceCollection services)
    {
        services.AddScoped<ImportMunicipalities>();
        services.AddScoped<MunicipalityLookup>();
        services.AddSingleton<ISearchSource, OrganisationsSearch>();
        services.AddSingleton<ISearchSource, MunicipalitiesSearch>();
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/organisations").WithTags("Akteure");
        group.MapGet("/", async (string? typ, string? region, string? q, string? seite, OrganisationQueries organisations, CancellationToken cancellationToken) =>
            {
                var list = await organisations.ListAsync(new OrganisationFilter(typ, region, q, seite), cancellationToken);
                return TypedResults.Ok(new
                {
                    items = list.Page.Items,
                    page = list.Page.PageNumber,
                    pageSize = list.Page.PageSize,
                    totalCount = list.Page.TotalCount,
                    ignored = list.Ignored.Select(i => new { i.Parameter, i.Value }),
                });
            })
            .WithName("ListOrganisations").WithSummary("Akteure: Kommunen, Kreise, Behörden, Hochschulen, Kammern, Unternehmen, Verbände.")
            .WithDescription("Seitenweise, filterbar nach Art, Region und Suchbegriff wie die Seite /akteure.");
        group.MapGet("/{slug}", async (string slug, OrganisationQueries organisations, PageSections sections, CancellationToken cancellationToken) =>
                await organisations.GetAsync(slug, cancellationToken) is { } organisation
                    ? Results.Ok(organisation with { Contributed = await sections.ContributedAsync("organisation", organisation.Subject, cancellationToken) })
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Akteur nicht gefunden", detail: $"Es gibt keinen Akteur „{slug}“."))
            .WithName("GetOrganisation").WithSummary("Ein Akteur und woran er beteiligt ist.")
            .Produces<OrganisationDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/municipalities", async (string? q, MunicipalityLookup municipalities, CancellationToken cancellationToken) =>
            {
                var term = (q ?? "").Trim();
                if (term.Length is < 2 or > 100)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Suchbegriff ungültig", detail: "Bitte geben Sie 2 bis 100 Zeichen (Name oder AGS) an.");
                }

                var matches = await municipalities.SuggestAsync(term, 20, cancellationToken);
                return Results.Ok(matches.Select(m => new MunicipalitySuggestion(m.Ags, m.Name, m.Label, m.Land, m.DistrictAgs, m.DistrictName)));
            })
            .WithTags("Akteure").WithName("FindMunicipalities").WithSummary("Gemeinden aus dem amtlichen Verzeichnis nach Name oder AGS.")
            .WithDescription("Höchstens 20 Gemeinden, deren Name oder AGS mit dem Suchbegriff (2 bis 100 Zeichen) beginnt; genaue Namen zuerst. Dient den Vorschlägen beim Tippen.")
            .Produces<IEnumerable<MunicipalitySuggestion>>().ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
