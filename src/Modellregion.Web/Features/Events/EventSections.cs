using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Events;

/// <summary>An event as a project's or an organisation's page lists it.</summary>
public sealed record EventMention(string Slug, string Title, DateTime StartsAt, DateTime EndsAt, bool TimesKnown, bool IsExample);

/// <summary>
/// "Vorgestellt auf Veranstaltungen" on a project's public page and <c>events</c> in the project API: the published
/// events in whose programme the project was presented.
/// </summary>
public sealed class ProjectEventsSection(AppDbContext db) : IPageSection
{
    /// <summary>One compiled query: not cached, so random project pages do not crowd out the list cache.</summary>
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<EventMention>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int projectId) => db.Set<EventSession>().AsNoTracking()
            .Where(s => s.Event!.IsPublished && s.Projects.Any(p => p.Id == projectId))
            .Select(s => new EventMention(s.Event!.Slug, s.Event.Title, s.Event.StartsAt, s.Event.EndsAt, s.Event.TimesKnown, s.Event.IsExample)));

    public string Slot => PageSlots.ProjectAfterResults;

    public int Order => 10;

    public string Partial => "/Features/Events/_ProjectEvents.cshtml";

    public string? ApiName => "events";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int projectId)
        {
            return null;
        }

        var events = await Query(db, projectId).ToListAsync(cancellationToken);
        return events.Count == 0 ? null : (IReadOnlyList<EventMention>)[.. events.DistinctBy(e => e.Slug).OrderByDescending(e => e.StartsAt)];
    }
}

/// <summary>
/// "Vorgestellt auf Veranstaltungen" on a solution's public page and <c>events</c> in the solution API: the published
/// events in whose programme the solution was presented (the solution's id, as the transfer catalogue gives it).
/// </summary>
public sealed class SolutionEventsSection(AppDbContext db) : IPageSection
{
    public string Slot => PageSlots.SolutionBeforeSources;

    public int Order => 20;

    public string Partial => "/Features/Events/_ProjectEvents.cshtml";

    public string? ApiName => "events";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int solutionId)
        {
            return null;
        }

        var events = await LoadAsync(solutionId, cancellationToken);
        return events.Count == 0 ? null : events;
    }

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<EventMention>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int solutionId) => db.Set<Event>().AsNoTracking()
            .Where(e => e.IsPublished && db.Set<EventSession>().Any(s => s.EventId == e.Id && s.Solutions.Any(l => l.SolutionId == solutionId)))
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new EventMention(e.Slug, e.Title, e.StartsAt, e.EndsAt, e.TimesKnown, e.IsExample)));

    private async Task<IReadOnlyList<EventMention>> LoadAsync(int solutionId, CancellationToken cancellationToken) =>
        await Query(db, solutionId).ToListAsync(cancellationToken);
}

/// <summary>
/// "Nahm teil an" on an organisation's public page and <c>events</c> in the organisation API: past events where a
/// confirmed participant named the organisation and agreed that it is shown among the participants.
/// </summary>
public sealed class OrganisationEventsSection(AppDbContext db) : IPageSection
{
    public string Slot => PageSlots.OrganisationAfterProjects;

    public int Order => 20;

    public string Partial => "/Features/Events/_OrganisationEvents.cshtml";

    public string? ApiName => "events";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not OrganisationSubject organisation)
        {
            return null;
        }

        var events = await LoadAsync(organisation.Id, cancellationToken);
        return events.Count == 0 ? null : events;
    }

    private static readonly Func<AppDbContext, int, DateTime, IAsyncEnumerable<EventMention>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int organisationId, DateTime now) => db.Set<Event>().AsNoTracking()
            .Where(e => e.IsPublished && e.CancelledAt == null && e.EndsAt <= now
                        && db.Set<Registration>().Any(r => r.EventId == e.Id && r.OrganisationId == organisationId && r.ShowOrganisation && r.Status == RegistrationStatus.Confirmed))
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new EventMention(e.Slug, e.Title, e.StartsAt, e.EndsAt, e.TimesKnown, e.IsExample)));

    private async Task<IReadOnlyList<EventMention>> LoadAsync(int organisationId, CancellationToken cancellationToken) =>
        await Query(db, organisationId, db.UtcNow).ToListAsync(cancellationToken);
}

/// <summary>What the privacy notice says about registrations for events, with the configured retention.</summary>
public sealed class EventsPrivacySection(IOptions<EventsOptions> options) : IPageSection
{
    public string Slot => PageSlots.PrivacyProcessing;

    public int Order => 20;

    public string Partial => "/Features/Events/_Privacy.cshtml";

    public Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) => Task.FromResult<object?>(options.Value.RetentionDays);
}
