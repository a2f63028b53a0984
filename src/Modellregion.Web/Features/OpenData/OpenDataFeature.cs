using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.OpenData;

/// <summary>
/// Open data (<c>/opendata</c>): the sets the features contribute (<see cref="IOpenDataSet"/>) as CSV and JSON, a
/// data dictionary per set, all of them as one ZIP, and a DCAT-AP.de catalogue (JSON-LD) for harvesting portals.
/// </summary>
public sealed class OpenDataFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpenDataOptions>(configuration.GetSection(OpenDataOptions.Section));
        services.AddScoped<OpenDataCatalogue>();
        services.AddScoped<IPageSection, HomeOpenDataSection>();
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/opendata").ExcludeFromDescription();
        group.MapGet("/{name}.csv", async (string name, OpenDataCatalogue catalogue, CancellationToken cancellationToken) =>
            await catalogue.CsvAsync(name, cancellationToken) is { } csv ? Results.File(csv, "text/csv; charset=utf-8", $"{name}.csv") : Results.NotFound());
        group.MapGet("/{name}.json", async (string name, OpenDataCatalogue catalogue, CancellationToken cancellationToken) =>
            await catalogue.JsonAsync(name, cancellationToken) is { } json ? Results.File(json, "application/json; charset=utf-8", $"{name}.json") : Results.NotFound());
        group.MapGet("/alles.zip", async (OpenDataCatalogue catalogue, CancellationToken cancellationToken) =>
            Results.File(await catalogue.ZipAsync(cancellationToken), "application/zip", "modellregion-opendata.zip"));
        group.MapGet("/katalog.jsonld", async (OpenDataCatalogue catalogue, SiteAddress site, HttpContext context, CancellationToken cancellationToken) =>
            Results.Bytes(DcatCatalogue.Write(catalogue, site.For(context.Request).TrimEnd('/'), await catalogue.UpdatedAsync(cancellationToken)), DcatCatalogue.ContentType));
    }
}

/// <summary>
/// On the start page: where the figures come from and how to get all of them. Every page with sections creates all
/// registered sections; the catalogue (with every feature's data set) is therefore asked for only when the start page
/// loads this section, not for each project or region page.
/// </summary>
public sealed class HomeOpenDataSection(IServiceProvider services) : IPageSection
{
    public string Slot => PageSlots.HomeAfterProgramme;

    public int Order => 50;

    public string Partial => "/Features/OpenData/_HomeOpenData.cshtml";

    public Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(services.GetRequiredService<OpenDataCatalogue>().Sets is { Count: > 0 } sets ? sets : null);
}
