using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Features.Transfer.PublicCode;
using Modellregion.Web.Platform.Commands;
using Modellregion.Web.Platform.Localization;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Transfer;

public sealed class TransferFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISearchSource, SolutionsSearch>();
        services.AddScoped<IOpenDataSet, SolutionsOpenData>();
        services.AddScoped<IOpenDataSet, ReusesOpenData>();
        services.AddOptions<TransferOptions>().BindConfiguration(TransferOptions.Section);
        // Transfer:PublicBaseUrl is the older name of Site:PublicBaseUrl: every link, also in funding mails, uses it.
        services.AddOptions<Platform.SiteOptions>().PostConfigure<IOptions<TransferOptions>>((site, transfer) =>
        {
            if (string.IsNullOrWhiteSpace(site.PublicBaseUrl) && !string.IsNullOrWhiteSpace(transfer.Value.PublicBaseUrl))
            {
                site.PublicBaseUrl = transfer.Value.PublicBaseUrl;
            }
        });
        services.AddScoped<SearchSolutions>();
        services.AddScoped<PublicReuses>();
        services.AddScoped<GetSolutionDetails>();
        services.AddScoped<SaveSolution>();
        services.AddScoped<SolutionValidator>();
        services.AddScoped<ManageSolutionDocuments>();
        services.AddScoped<ReuseFigures>();
        services.AddScoped<SubmitInterest>();
        services.AddScoped<DeclareReuse>();
        services.AddScoped<ManageTransferCase>();
        services.AddScoped<TransferCaseQueries>();
        services.AddScoped<TransferReminders>();
        services.AddScoped<EraseContactData>();
        services.AddScoped<IPersonalDataSource, TransferPersonalDataSource>();
        services.AddSingleton(new ProcessingActivity(20, TransferTexts.Of("Privacy.Activity.Name"), TransferTexts.Of("Privacy.Activity.Purpose"),
            TransferTexts.Of("Privacy.Activity.LegalBasis"), TransferTexts.Of("Privacy.Activity.Subjects"), TransferTexts.Of("Privacy.Activity.Categories"),
            TransferTexts.Of("Privacy.Activity.Recipients"), TransferTexts.Of("Privacy.Activity.Retention"), "Transfer"));
        services.AddScoped<MatchSolutions>();
        services.AddScoped<PublicCodeExport>();
        services.AddScoped<PublicCodeImport>();
        services.AddScoped<IDashboardContribution, TransferDashboard>();
        services.AddScoped<IPageSection, ProjectSolutionsSection>();
        services.AddScoped<IPageSection, HomeReuseSection>();
        services.AddScoped<IPageSection, PrivacySection>();
        services.TryAddScoped<PageSections>();
        services.AddScoped<ISolutionReferences, CatalogueSolutionReferences>();
        services.AddScoped<IPageSection, MunicipalityReuseSection>();
        services.AddScoped<IPageSection, OrganisationReuseSection>();
        services.AddSingleton<IBackOfficeArea, TransferBackOffice>();
        services.AddSingleton(new PublicArea(30, "/loesungen", SharedTexts.Of("Layout.Solutions")));
        services.AddScoped<IDemoData, TransferDemoData>();
        services.AddSingleton<IFeatureCommand, SeedSyntheticTransferCommand>();
        services.AddScoped<TransferGate>();
        services.AddScoped<TransferLists>();
        services.AddScoped<TransferCaseDesk>();
        services.AddScoped<SolutionForms>();
        services.AddScoped<IAuthorizationHandler, SolutionAuthorization>();
        services.AddScoped<IAuthorizationHandler, TransferRegionAuthorization>();
        services.AddHostedService<TransferReminderService>();
    }

    /// <summary>The command line gets the whole feature: its demo data, its commands and the use cases they run.</summary>
    public void AddCommandLineServices(IServiceCollection services) => AddServices(services, new ConfigurationBuilder().Build());

    public void Map(IEndpointRouteBuilder endpoints)
    {
        MapFiles(endpoints);
        endpoints.MapTransferApi();
        endpoints.MapSolutionsFeed();
    }

    /// <summary>The machine-readable description of a software solution: <c>/loesungen/{slug}/publiccode.yml</c>.</summary>
    private static void MapFiles(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/loesungen/{slug}/publiccode.yml", async (string slug, HttpContext context, PublicCodeExport export, CancellationToken cancellationToken) =>
            {
                var yaml = await export.RunAsync(slug, SiteUrl(context.Request), cancellationToken);
                return yaml is null
                    ? Results.NotFound()
                    : Results.Text(yaml, "application/yaml; charset=utf-8", System.Text.Encoding.UTF8);
            })
            .ExcludeFromDescription();
        endpoints.MapGet("/loesungen/{slug}/dokumente/{id:int}", (string slug, int id, Data.AppDbContext db, CancellationToken cancellationToken) =>
                DocumentAsync(slug, id, db, cancellationToken))
            .ExcludeFromDescription();
    }

    /// <summary>The address of this installation (configured, or as the request reached it), for absolute links.</summary>
    public static string SiteUrl(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<Platform.SiteAddress>().For(request);

    /// <summary>The address of this installation for links made outside a request (reminder mails).</summary>
    public static string SiteUrl(IServiceProvider services) => services.GetRequiredService<Platform.SiteAddress>().ForBackground();

    /// <summary>A document of a published solution; unpublished solutions and removed documents answer 404.</summary>
    private static async Task<IResult> DocumentAsync(string slug, int id, Data.AppDbContext db, CancellationToken cancellationToken)
    {
        var document = await db.SolutionDocuments.AsNoTracking()
            .Where(d => d.Id == id && d.DeletedAt == null && d.Solution!.Slug == slug && d.Solution.IsPublished)
            .Select(d => new { d.FileName, d.StoredFileId, d.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return Results.NotFound();
        }

        var stored = await db.Files.AsNoTracking().Where(s => s.Id == document.StoredFileId).Select(s => new { s.Content, s.ContentType, s.Sha256 }).FirstAsync(cancellationToken);
        return Platform.Files.FileDownload.Attachment(stored.Content, stored.ContentType, document.FileName,
            lastModified: new DateTimeOffset(DateTime.SpecifyKind(document.UpdatedAt, DateTimeKind.Utc)),
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{stored.Sha256}\""));
    }
}
