using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// Events and the Digitalkongress: registration without an account (double opt-in), capacities per registration
/// type that are never exceeded, and a waitlist that offers freed places in order.
/// </summary>
public sealed class EventsFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISearchSource, EventsSearch>();
        services.AddScoped<IOpenDataSet, EventsOpenData>();
        services.Configure<EventsOptions>(configuration.GetSection(EventsOptions.Section));
        services.AddScoped<Register>();
        services.AddScoped<ConfirmRegistration>();
        services.AddScoped<ManageRegistration>();
        services.AddScoped<Waitlist>();
        services.AddScoped<EventQueries>();
        services.AddScoped<IDemoData, EventsDemoData>();
        services.AddHostedService<WaitlistService>();

        // Back office: who manages events and checks people in (EventsOperations)
        services.AddScoped<IAuthorizationHandler, EventAuthorization>();
        services.AddScoped<IAuthorizationHandler, EventsRegionAuthorization>();
        services.AddSingleton<IBackOfficeArea, EventsBackOffice>();
        services.AddSingleton(new PublicArea(55, "/veranstaltungen", EventsTexts.Of("Layout.Area")));
        services.AddScoped<ListEditableEvents>();
        services.AddScoped<SaveEvent>();
        services.AddScoped<ManageSessions>();
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<EventMessages>();

        // Privacy: retention, access and erasure on request
        services.AddScoped<EventRetention>();
        services.AddScoped<EventPersonalData>();
        services.AddScoped<IPersonalDataSource, EventsPersonalDataSource>();
        services.AddSingleton(new ProcessingActivity(30, EventsTexts.Of("Privacy.Activity.Name"), EventsTexts.Of("Privacy.Activity.Purpose"),
            EventsTexts.Of("Privacy.Activity.LegalBasis"), EventsTexts.Of("Privacy.Activity.Subjects"), EventsTexts.Of("Privacy.Activity.Categories"),
            EventsTexts.Of("Privacy.Activity.Recipients"), EventsTexts.Of("Privacy.Activity.Retention"), "Events"));
        services.AddScoped<IPageSection, EventsPrivacySection>();

        // The network grows: project, solution and organisation pages list events; the office reviews new organisations
        services.AddScoped<IPageSection, ProjectEventsSection>();
        services.AddScoped<IPageSection, OrganisationEventsSection>();
        services.AddScoped<IPageSection, SolutionEventsSection>();
        services.AddScoped<ReviewDirectoryProposals>();

        // Check-in at the entrance
        services.AddScoped<EventCheckIn>();
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEventsFeed();
        endpoints.MapEventsApi();

        // The calendar of all public events and one file per event (iCalendar).
        endpoints.MapGet("/veranstaltungen.ics", async (EventQueries events, SiteAddress site, HttpContext context, CancellationToken cancellationToken) =>
            Results.Text(EventCalendar.Serialize(await events.CalendarAsync(null, cancellationToken), site.For(context.Request), "Veranstaltungen – Modellregion", DateTime.UtcNow), EventCalendar.ContentType))
            .ExcludeFromDescription();
        endpoints.MapGet("/veranstaltungen/{slug}.ics", async (string slug, EventQueries events, SiteAddress site, HttpContext context, CancellationToken cancellationToken) =>
        {
            var found = await events.CalendarAsync(slug, cancellationToken);
            return found.Count == 0
                ? Results.NotFound()
                : Results.Text(EventCalendar.Serialize(found, site.For(context.Request), found[0].Title, DateTime.UtcNow), EventCalendar.ContentType);
        }).ExcludeFromDescription();

        // The registrations of an event as a spreadsheet (the desk's filters apply), for the office that runs it.
        endpoints.MapGet("/verwaltung/veranstaltungen/{id:int}/anmeldungen.{format}",
            async (int id, string format, TicketKind? art, RegistrationStatus? stand, string? suche, RegistrationDesk desk, HttpContext context, CancellationToken cancellationToken) =>
            {
                var result = await desk.ExportAsync(id, format, new DeskFilter(art, stand, suche), cancellationToken);
                return result.TryGet(out var file, out var refusal)
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : refusal.ToHttpResult(context, _ => throw new InvalidOperationException("Ein Export wird nie gespeichert."));
            }).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>The command line loads the events of the demo data and creates a synthetic event for the load test.</summary>
    public void AddCommandLineServices(IServiceCollection services)
    {
        services.AddScoped<IDemoData, EventsDemoData>();
        services.AddSingleton<IFeatureCommand, SeedSyntheticEventCommand>();
        services.AddSingleton<ISearchSource, EventsSearch>();
    }
}
