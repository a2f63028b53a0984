using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Commands;
using Modellregion.Web.Platform.Files;
using Modellregion.Web.Platform.Localization;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Board;

public sealed class BoardFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISearchSource, PapersSearch>();
        services.AddSingleton<ISearchSource, ResolutionsSearch>();
        services.AddSingleton<IReadApiRefusal, OParlRefusal>();
        services.AddSingleton<IInterceptor, BoardRegionCopy>();
        services.AddScoped<BoardQueries>();
        services.AddScoped<BoardApiQueries>();
        services.AddScoped<BoardGate>();
        services.AddScoped<BoardLists>();
        services.AddScoped<MembersArea>();
        services.AddScoped<MeetingOffice>();
        services.AddScoped<CreateMeeting>();
        services.AddScoped<UpdateMeeting>();
        services.AddScoped<DeleteMeeting>();
        services.AddScoped<ApproveMinutes>();
        services.AddScoped<SaveAgendaItem>();
        services.AddScoped<DeleteAgendaItem>();
        services.AddScoped<ResolutionForms>();
        services.AddScoped<ManagePapers>();
        services.AddScoped<ManageMemberships>();
        services.AddScoped<ManageBoards>();
        services.AddScoped<RecordResolution>();
        services.AddScoped<SendInvitation>();
        services.AddScoped<BoardCalendar>();
        services.AddScoped<OParlService>();
        services.AddScoped<AddProjectsToAgenda>();
        services.AddScoped<IDashboardContribution, BoardDashboard>();
        services.AddScoped<IPageSection, ProjectVotesSection>();
        services.AddScoped<IPageSection, RegionBoardSection>();
        services.AddScoped<IPageSection, SolutionPapersSection>();
        services.AddScoped<IRegionFacts, RegionBoardFacts>();
        services.AddScoped<IAuthorizationHandler, BoardRoleAuthorization>();
        services.AddScoped<IAuthorizationHandler, BoardSeatAuthorization>();
        services.AddScoped<IAuthorizationHandler, BoardRegionAuthorization>();
        services.AddScoped<IAuthorizationHandler, BoardSetupAuthorization>();
        services.AddSingleton<IBackOfficeArea, BoardBackOffice>();
        services.AddSingleton(new PublicArea(60, "/digitalboard", SharedTexts.Of("Layout.DigitalBoard")));
        services.AddScoped<IDemoData, BoardDemoData>();
        services.AddSingleton<IFeatureCommand, SeedSyntheticBoardCommand>();
        services.AddSingleton<IFeatureCommand, CreateBoardCommand>();
    }

    /// <summary>The command line gets the whole feature: its demo data, its commands and the use cases they run.</summary>
    public void AddCommandLineServices(IServiceCollection services) => AddServices(services, new ConfigurationBuilder().Build());

    /// <summary>OParl answers errors as JSON, also before routing.</summary>
    public void Use(IApplicationBuilder app) => app.UseOParlErrors();

    public void Map(IEndpointRouteBuilder endpoints)
    {
        MapBoardEndpoints(endpoints);
        endpoints.MapOParlApi();
        endpoints.MapBoardApi();
    }

    /// <summary>
    /// Files of papers and the calendars. A file URL serves only what is public (GET and HEAD); a file that was public
    /// and is withdrawn answers 410, anything else exactly like an unknown id (404).
    /// </summary>
    private static void MapBoardEndpoints(IEndpointRouteBuilder endpoints)
    {
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods("/digitalboard/dateien/{id:int}", getOrHead, (int id, AppDbContext db, CancellationToken cancellationToken) =>
            PublicFileAsync(id, db, cancellationToken)).ExcludeFromDescription();
        endpoints.MapMethods("/digitalboard/dateien/{id:int}/download", getOrHead, (int id, AppDbContext db, CancellationToken cancellationToken) =>
            PublicFileAsync(id, db, cancellationToken)).ExcludeFromDescription();
        endpoints.MapGet("/digitalboard/mitglieder/dateien/{id:int}", async (int id, HttpContext context, MembersArea area, CancellationToken cancellationToken) =>
            {
                if (!(await area.FileAsync(id, cancellationToken)).TryGet(out var file, out var refusal))
                {
                    // The answers of the members' pages: unknown 404, not allowed 403 (the sign-in's forbidden page).
                    return refusal is Platform.Outcome.NotFound ? Results.NotFound() : Results.Forbid();
                }

                context.Response.Headers.CacheControl = "private, no-store";
                return FileDownload.Attachment(file.Content, file.MimeType, file.FileName);
            })
            .RequireAuthorization()
            .ExcludeFromDescription();

        endpoints.MapGet("/digitalboard/{slug}/kalender.ics", async (string slug, HttpContext context, BoardCalendar calendar, CancellationToken cancellationToken) =>
                await calendar.FeedAsync(slug, Site(context), cancellationToken) is { } ics
                    ? Results.Text(ics, BoardCalendar.ContentType)
                    : Results.NotFound())
            .ExcludeFromDescription();
        endpoints.MapGet("/digitalboard/sitzungen/{id:int}.ics", async (int id, HttpContext context, BoardCalendar calendar, CancellationToken cancellationToken) =>
            {
                if (await calendar.MeetingAsync(id, Site(context), cancellationToken) is not { } ics)
                {
                    return Results.NotFound();
                }

                context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"sitzung-{id}.ics" }.ToString();
                return Results.Text(ics, BoardCalendar.ContentType);
            })
            .ExcludeFromDescription();
    }

    public static string Site(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host.Value}";

    /// <summary>
    /// A public file of a paper, for OParl's accessUrl and downloadUrl alike an attachment: an uploaded file is never
    /// shown inline as a page of this site.
    /// </summary>
    private static async Task<IResult> PublicFileAsync(int id, AppDbContext db, CancellationToken cancellationToken)
    {
        var file = await db.PaperFiles.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.FileName,
                f.StoredFileId,
                f.UpdatedAt,
                Public = f.DeletedAt == null && f.IsPublic && f.Paper!.DeletedAt == null && f.Paper.IsPublic && f.Paper.Board!.DeletedAt == null,

                // As in OParl (OParlService.FileKeys): public once only if both the file and its paper were.
                WasPublic = f.PublicSince != null && f.Paper!.PublicSince != null,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null || (!file.Public && !file.WasPublic))
        {
            return Results.NotFound();
        }

        if (!file.Public)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        var stored = await db.Files.AsNoTracking().Where(s => s.Id == file.StoredFileId).Select(s => new { s.Content, s.ContentType, s.Sha256 }).FirstAsync(cancellationToken);
        var etag = new EntityTagHeaderValue($"\"{stored.Sha256}\"");
        var modified = new DateTimeOffset(DateTime.SpecifyKind(file.UpdatedAt, DateTimeKind.Utc));
        return FileDownload.Attachment(stored.Content, stored.ContentType, file.FileName, modified, etag);
    }
}
