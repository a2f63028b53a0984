using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>A session of an event's programme as entered in the back office: times in Berlin time, projects by their short address.</summary>
public sealed class SessionInput
{
    [Required(ErrorMessage = "Sessions.TitleRequired")]
    [StringLength(300, ErrorMessage = "Sessions.TitleTooLong")]
    [PlainText]
    [Display(Name = "Sessions.Title")]
    public string Title { get; set; } = "";

    /// <summary>The day of the session (for an event over several days); empty: the event's first day.</summary>
    [Display(Name = "Sessions.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Sessions.StartTime")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Sessions.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(100, ErrorMessage = "Sessions.RoomTooLong")]
    [PlainText]
    [Display(Name = "Sessions.Room")]
    public string? Room { get; set; }

    [StringLength(2000, ErrorMessage = "Sessions.SpeakersTooLong")]
    [PlainText]
    [Display(Name = "Sessions.Speakers")]
    public string? Speakers { get; set; }

    /// <summary>The short addresses of the projects presented, one per line (or separated by commas).</summary>
    [StringLength(4000, ErrorMessage = "Sessions.ProjectsTooLong")]
    [Display(Name = "Sessions.Projects")]
    public string? Projects { get; set; }

    /// <summary>The short addresses of the solutions of the transfer catalogue presented, one per line (or separated by commas).</summary>
    [StringLength(4000, ErrorMessage = "Sessions.SolutionsTooLong")]
    [Display(Name = "Sessions.Solutions")]
    public string? Solutions { get; set; }

    public static SessionInput From(EventSession s, IEnumerable<string> solutionSlugs) => new()
    {
        Title = s.Title,
        Date = s.StartsAt is { } start ? Formatting.BerlinDate(start) : null,
        StartTime = s.StartsAt is { } from ? TimeOnly.FromDateTime(Formatting.ToBerlin(from)) : null,
        EndTime = s.EndsAt is { } to ? TimeOnly.FromDateTime(Formatting.ToBerlin(to)) : null,
        Room = s.Room,
        Speakers = s.Speakers,
        Projects = string.Join("\n", s.Projects.OrderBy(p => p.Title).Select(p => p.Slug)),
        Solutions = string.Join("\n", solutionSlugs),
    };
}

/// <summary>One session in the back-office programme.</summary>
public sealed record SessionRow(int Id, DateTime? StartsAt, DateTime? EndsAt, string? Room, string Title, IReadOnlyList<string> Projects)
{
    public IReadOnlyList<string> Solutions { get; init; } = [];
}

/// <summary>An event's programme in the back office: its sessions, and the session being edited (null for a new one).</summary>
public sealed record SessionsView(int EventId, string EventSlug, string EventTitle, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<SessionRow> Sessions, EventSession? Editing)
{
    /// <summary>Whether the transfer catalogue is there to name solutions from.</summary>
    public bool OffersSolutions { get; init; }

    /// <summary>The short addresses of the solutions of the session being edited.</summary>
    public IReadOnlyList<string> EditingSolutions { get; init; } = [];
}

/// <summary>
/// Adds, edits and deletes the sessions of an event's programme (the office that manages the event). A session's
/// times lie within the event's days; its projects are public projects of the programme, and its solutions public
/// solutions of the transfer catalogue (when that feature is there), each named by short address.
/// </summary>
public sealed class ManageSessions(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, IEnumerable<ISolutionReferences> solutionCatalogue)
{
    private ISolutionReferences? Catalogue => solutionCatalogue.FirstOrDefault();

    public async Task<Result<SessionsView>> OpenAsync(int eventId, int? sessionId, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        EventSession? editing = null;
        if (sessionId is { } id)
        {
            editing = await db.EventSessions.AsNoTracking().Include(s => s.Projects).Include(s => s.Solutions).FirstOrDefaultAsync(s => s.Id == id && s.EventId == eventId, cancellationToken);
            if (editing is null)
            {
                return new Outcome.NotFound();
            }
        }

        return await ViewAsync(item, editing, cancellationToken);
    }

    /// <summary>Saves a new session (<paramref name="sessionId"/> null) or changes one.</summary>
    public async Task<FormOutcome<SessionsView>> SaveAsync(int eventId, int? sessionId, SessionInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        EventSession? session = null;
        if (sessionId is { } id)
        {
            session = await db.EventSessions.Include(s => s.Projects).Include(s => s.Solutions).FirstOrDefaultAsync(s => s.Id == id && s.EventId == eventId, cancellationToken);
            if (session is null)
            {
                return new Outcome.NotFound();
            }
        }

        if (!fieldsValid)
        {
            return new(Outcome.Invalid.BoundInput(), await ViewAsync(item, session, cancellationToken));
        }

        var errors = new Errors();
        var (startsAt, endsAt) = Times(input, item, errors);
        var projects = await ProjectsAsync(input.Projects, errors, cancellationToken);
        var solutions = await SolutionsAsync(input.Solutions, errors, cancellationToken);
        if (errors.Any)
        {
            return new(errors.ToOutcome(), await ViewAsync(item, session, cancellationToken));
        }

        if (session is null)
        {
            var last = await db.EventSessions.Where(s => s.EventId == eventId).MaxAsync(s => (int?)s.Order, cancellationToken) ?? 0;
            session = new EventSession { EventId = eventId, Title = "", Order = last + 1 };
            db.EventSessions.Add(session);
        }

        session.Title = input.Title.Trim();
        session.StartsAt = startsAt;
        session.EndsAt = endsAt;
        session.Room = Clean(input.Room);
        session.Speakers = Clean(input.Speakers);
        session.Projects.RemoveAll(p => !projects.Any(n => n.Id == p.Id));
        session.Projects.AddRange(projects.Where(n => !session.Projects.Any(p => p.Id == n.Id)));
        session.Solutions.RemoveAll(l => !solutions.Any(n => n.Id == l.SolutionId));
        session.Solutions.AddRange(solutions.Where(n => !session.Solutions.Any(l => l.SolutionId == n.Id)).Select(n => new EventSessionSolution { SolutionId = n.Id }));
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(session.Id);
    }

    public async Task<Outcome> DeleteAsync(int eventId, int sessionId, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var session = await db.EventSessions.Include(s => s.Projects).FirstOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        if (session is null)
        {
            return new Outcome.NotFound();
        }

        session.Projects.Clear();
        db.EventSessions.Remove(session);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(sessionId);
    }

    private async Task<SessionsView> ViewAsync(Event item, EventSession? editing, CancellationToken cancellationToken)
    {
        var sessions = await db.EventSessions.AsNoTracking().Where(s => s.EventId == item.Id)
            .OrderBy(s => s.StartsAt == null).ThenBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new
            {
                Row = new SessionRow(s.Id, s.StartsAt, s.EndsAt, s.Room, s.Title, s.Projects.OrderBy(p => p.Title).Select(p => p.Title).ToList()),
                SolutionIds = s.Solutions.Select(l => l.SolutionId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var named = Catalogue is { } catalogue
            ? (await catalogue.PublishedAsync([.. sessions.SelectMany(s => s.SolutionIds).Concat(editing?.Solutions.Select(l => l.SolutionId) ?? []).Distinct()], cancellationToken))
                .ToDictionary(n => n.Id)
            : [];
        return new SessionsView(item.Id, item.Slug, item.Title, Formatting.BerlinDate(item.StartsAt), Formatting.BerlinDate(item.EndsAt),
            [.. sessions.Select(s => s.Row with { Solutions = [.. s.SolutionIds.Where(named.ContainsKey).Select(id => named[id].Title).Order()] })], editing)
        {
            OffersSolutions = Catalogue is not null,
            EditingSolutions = editing is null ? [] : [.. editing.Solutions.Where(l => named.ContainsKey(l.SolutionId)).Select(l => named[l.SolutionId].Slug).Order()],
        };
    }

    /// <summary>The session's times in UTC: within the event's days; a time needs a start, and the end comes after it.</summary>
    private static (DateTime? StartsAt, DateTime? EndsAt) Times(SessionInput input, Event item, Errors errors)
    {
        var first = Formatting.BerlinDate(item.StartsAt);
        var last = Formatting.BerlinDate(item.EndsAt);
        var date = input.Date ?? first;
        if (date < first || date > last)
        {
            errors.Add(nameof(input.Date), EventsTexts.Of("Sessions.DateOutside", Formatting.Date(first), Formatting.Date(last)));
            return (null, null);
        }

        if (input.StartTime is null)
        {
            if (input.EndTime is not null)
            {
                errors.Add(nameof(input.StartTime), EventsTexts.Of("Sessions.StartRequiredForEnd"));
            }

            return (null, null);
        }

        var startsAt = Utc(date, input.StartTime.Value, nameof(input.StartTime), errors);
        var endsAt = input.EndTime is { } end ? Utc(date, end, nameof(input.EndTime), errors) : null;
        if (startsAt is { } s && endsAt is { } e && e <= s)
        {
            errors.Add(nameof(input.EndTime), EventsTexts.Of("Sessions.EndBeforeStart"));
        }

        return (startsAt, endsAt);
    }

    private static DateTime? Utc(DateOnly date, TimeOnly time, string field, Errors errors)
    {
        if (Formatting.TryBerlinToUtc(date, time, out var utc))
        {
            return utc;
        }

        errors.Add(field, EventsTexts.Of("SaveEvent.TimeDoesNotExist", time.ToString("HH:mm", CultureInfo.InvariantCulture), Formatting.Date(date)));
        return null;
    }

    /// <summary>The public projects named by short address; an unknown one is an error.</summary>
    private async Task<List<Project>> ProjectsAsync(string? text, Errors errors, CancellationToken cancellationToken)
    {
        var slugs = Slugs(text);
        if (slugs.Count > 100)
        {
            errors.Add(nameof(SessionInput.Projects), EventsTexts.Of("Sessions.ProjectsTooLong"));
            return [];
        }

        var found = await db.Projects.Where(p => slugs.Contains(p.Slug) && p.IsPublished).ToListAsync(cancellationToken);
        foreach (var unknown in slugs.Where(s => !found.Any(p => p.Slug == s)))
        {
            errors.Add(nameof(SessionInput.Projects), EventsTexts.Of("Sessions.ProjectUnknown", UnicodeText.Truncate(unknown, 120)));
        }

        return found;
    }

    /// <summary>The public solutions of the catalogue named by short address; an unknown one is an error (as is any without the catalogue).</summary>
    private async Task<IReadOnlyList<SolutionReference>> SolutionsAsync(string? text, Errors errors, CancellationToken cancellationToken)
    {
        var slugs = Slugs(text);
        if (slugs.Count > 100)
        {
            errors.Add(nameof(SessionInput.Solutions), EventsTexts.Of("Sessions.SolutionsTooLong"));
            return [];
        }

        var found = slugs.Count == 0 || Catalogue is not { } catalogue ? [] : await catalogue.PublishedBySlugAsync(slugs, cancellationToken);
        foreach (var unknown in slugs.Where(s => !found.Any(n => n.Slug == s)))
        {
            errors.Add(nameof(SessionInput.Solutions), EventsTexts.Of("Sessions.SolutionUnknown", UnicodeText.Truncate(unknown, 120)));
        }

        return found;
    }

    /// <summary>Short addresses as typed: one per line or separated by commas, also as whole page addresses.</summary>
    private static List<string> Slugs(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('/').Split('/').Last().ToLowerInvariant()).Distinct().ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
