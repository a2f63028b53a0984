using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// The office's page of a meeting (<c>/verwaltung/digitalboard/sitzungen/{id}</c>): the meeting with its internal
/// items, the form of its details, whether resolutions may be recorded (and why not), the project ideas on no
/// agenda yet, the board's papers and the later meetings that may approve the minutes.
/// </summary>
public sealed record MeetingWorkspace(
    MeetingPage Meeting,
    MeetingInput Input,
    bool HasBegun,
    IReadOnlyList<(string Text, object[] Arguments)> ResolutionBlockers,
    IReadOnlyList<AgendaCandidate> Candidates,
    IReadOnlyList<SelectListItem> Papers,
    IReadOnlyList<SelectListItem> LaterMeetings)
{
    /// <summary>The item opened for editing (<c>?top=</c>), if any.</summary>
    public AgendaItem? EditingItem { get; init; }
}

/// <summary>
/// What the meeting use cases share: the gate (<see cref="BoardOperations.Manage"/> on the meeting's board), the
/// workspace shown again when a change was refused, and saving. Every change also marks the meeting (and the
/// paper) changed, because OParl embeds the items there.
/// </summary>
public sealed class MeetingOffice(AppDbContext db, BoardQueries queries, BoardGate gate)
{
    /// <summary>The workspace of a meeting, with the agenda item <paramref name="itemId"/> opened for editing.</summary>
    public async Task<Result<MeetingWorkspace>> OpenAsync(int meetingId, int? itemId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == meetingId && m.DeletedAt == null, cancellationToken);
        if (meeting is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(meeting.Board!, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var workspace = await WorkspaceAsync(meetingId, cancellationToken);
        return itemId is { } id
            ? workspace with { EditingItem = await db.AgendaItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.MeetingId == meetingId && i.DeletedAt == null, cancellationToken) }
            : workspace;
    }

    /// <summary>
    /// Loads the meeting, asks the gate, runs <paramref name="act"/> and, unless it saved, adds the workspace to show
    /// again with the messages.
    /// </summary>
    public async Task<FormOutcome<MeetingWorkspace>> ActAsync(int meetingId, Func<Meeting, Task<Outcome>> act, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == meetingId && m.DeletedAt == null, cancellationToken);
        if (meeting is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(meeting.Board!, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var outcome = await act(meeting);
        if (outcome is Outcome.Saved)
        {
            return outcome;
        }

        return new(outcome, await WorkspaceAsync(meetingId, cancellationToken));
    }

    private async Task<MeetingWorkspace> WorkspaceAsync(int meetingId, CancellationToken cancellationToken)
    {
        var meeting = (await queries.MeetingAsync(meetingId, includeInternal: true, cancellationToken))!;
        var entity = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == meetingId, cancellationToken);
        var hasBegun = entity.StartsAt <= db.UtcNow;
        var blockers = new List<(string, object[])>();
        if (entity.State == MeetingState.Cancelled)
        {
            blockers.Add(("Die Sitzung ist abgesagt; Beschlüsse können nicht erfasst werden.", []));
        }

        if (!hasBegun)
        {
            blockers.Add(("Beschlüsse können ab Beginn der Sitzung am {0} erfasst werden.", [Formatting.Timestamp(entity.StartsAt)]));
        }

        var candidates = await AddProjectsToAgenda.CandidatesAsync(db, meeting.RegionId, cancellationToken);
        var papers = await db.Papers.AsNoTracking().Where(p => p.BoardId == meeting.BoardId && p.DeletedAt == null).OrderByDescending(p => p.Date)
            .Select(p => new SelectListItem(p.Reference + ": " + p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        IReadOnlyList<SelectListItem> laterMeetings = [.. (await db.Meetings.AsNoTracking().Where(m => m.BoardId == meeting.BoardId && m.DeletedAt == null && m.StartsAt > entity.StartsAt)
                .OrderBy(m => m.StartsAt).Take(20).ToListAsync(cancellationToken))
            .Select(m => new SelectListItem($"{m.Name} ({Formatting.Date(m.Day)})", m.Id.ToString(CultureInfo.InvariantCulture)))];
        return new MeetingWorkspace(meeting, MeetingInput.From(entity), hasBegun, blockers, candidates, papers, laterMeetings);
    }

    /// <summary>
    /// The lifecycle steps written for resolutions of the meeting (or of one item) follow its name, date, number and
    /// publicity: a step is public with its project (see <see cref="RecordResolution.DescribeBoardVote"/>).
    /// </summary>
    public async Task DescribeBoardVotesAsync(Meeting meeting, int? itemId, CancellationToken cancellationToken)
    {
        var resolutions = await db.Resolutions.Include(r => r.AgendaItem).Include(r => r.StatusChange)
            .Where(r => r.AgendaItem!.MeetingId == meeting.Id && r.StatusChangeId != null && (itemId == null || r.AgendaItemId == itemId))
            .ToListAsync(cancellationToken);
        foreach (var resolution in resolutions)
        {
            RecordResolution.DescribeBoardVote(resolution.StatusChange!, resolution.Result, meeting, resolution.AgendaItem!);
        }
    }

    /// <summary>Marks a record changed (new modification time) without changing its content.</summary>
    public void Touch(object entity)
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    public async Task<Outcome> SaveAsync(int id, CancellationToken cancellationToken, AgendaItem? item = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Saved(item?.Id ?? id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        catch (DbUpdateException) when (item is not null)
        {
            // Two people took the same number at the same moment: the unique index decides.
            db.ChangeTracker.Clear();
            return Outcome.Invalid.Of(nameof(AgendaItemInput.Number), BoardTexts.Of("Common.TheNumberIsAlreadyTakenIn", item.Number));
        }
    }

    public static Outcome.Conflict Stale() =>
        new(BoardTexts.Of("MeetingOffice.TheMeetingHasBeenChangedBy"));
}
