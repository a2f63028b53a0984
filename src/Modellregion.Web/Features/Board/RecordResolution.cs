using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed class ResolutionInput
{
    [Required(ErrorMessage = "RecordResolution.PleaseChooseTheResult")]
    [Display(Name = "RecordResolution.Result")]
    public ResolutionResult? Result { get; set; }

    [StringLength(20000, ErrorMessage = "RecordResolution.TheTextOfTheResolutionMay")]
    [Display(Name = "RecordResolution.TextOfTheResolution")]
    public string? Text { get; set; }

    [Range(0, 999, ErrorMessage = "RecordResolution.PleaseEnterANumberFrom0")]
    [Display(Name = "RecordResolution.YesVotes")]
    public int Yes { get; set; }

    [Range(0, 999, ErrorMessage = "RecordResolution.PleaseEnterANumberFrom0")]
    [Display(Name = "RecordResolution.NoVotes")]
    public int No { get; set; }

    [Range(0, 999, ErrorMessage = "RecordResolution.PleaseEnterANumberFrom0")]
    [Display(Name = "RecordResolution.Abstentions")]
    public int Abstentions { get; set; }

    [Display(Name = "RecordResolution.ConcernsProjectIdea")]
    public int? ProjectId { get; set; }

    public List<AttendanceInput> Attendance { get; set; } = [];

    public int Version { get; set; }
}

public sealed class AttendanceInput
{
    public int MembershipId { get; set; }
    public bool IsPresent { get; set; }
    public bool DeclaredConflict { get; set; }
    public VoteChoice Vote { get; set; }
}

/// <summary>
/// Records the board's resolution on an agenda item: who was present, who declared a conflict of interest (and so
/// does not vote), the tally, the quorum under the board's rule of procedure, the result and the text. A vote on a
/// project idea becomes that project's lifecycle step "Votum Digitalboard" (through <see cref="ChangeProjectStage"/>; the
/// counting is <see cref="VoteCount"/>'s). Everything is checked first and saved
/// in one transaction.
/// </summary>
public sealed class RecordResolution(AppDbContext db, CurrentUser currentUser, BoardGate gate, ResolutionForms forms, ChangeProjectStage stages)
{
    public async Task<FormOutcome<ResolutionForm>> RunAsync(int agendaItemId, ResolutionInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        var outcome = await RecordAsync(agendaItemId, input, inputValid, cancellationToken);
        return outcome is Outcome.Saved or Outcome.NotFound or Outcome.Forbidden
            ? new FormOutcome<ResolutionForm>(outcome)
            : new(outcome, await forms.ShownAgainAsync(agendaItemId, input, cancellationToken));
    }

    private async Task<Outcome> RecordAsync(int agendaItemId, ResolutionInput input, bool inputValid, CancellationToken cancellationToken)
    {
        var item = await db.AgendaItems
            .Include(i => i.Meeting!).ThenInclude(m => m.Board)
            .Include(i => i.Paper)
            .Include(i => i.Resolution!).ThenInclude(r => r.Attendance)
            .Include(i => i.Resolution!).ThenInclude(r => r.StatusChange)
            .FirstOrDefaultAsync(i => i.Id == agendaItemId && i.DeletedAt == null && i.Meeting!.DeletedAt == null, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        var meeting = item.Meeting!;
        var board = meeting.Board!;
        if (!await gate.AllowsAsync(board, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!inputValid)
        {
            return Outcome.Invalid.BoundInput();
        }

        var resolution = item.Resolution;
        if (resolution is not null && resolution.Version != input.Version)
        {
            return new Outcome.Conflict(BoardTexts.Of("RecordResolution.TheResolutionHasBeenChangedBy"));
        }

        var errors = new Errors();
        if (meeting.State == MeetingState.Cancelled)
        {
            errors.Add("", BoardTexts.Of("RecordResolution.TheMeetingIsCancelledResolutionsCannot"));
        }
        else if (meeting.StartsAt > db.UtcNow)
        {
            errors.Add("", BoardTexts.Of("RecordResolution.TheMeetingDoesNotStartUntil", Formatting.Timestamp(meeting.StartsAt)));
        }

        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            errors.Add(nameof(input.Result), BoardTexts.Of("RecordResolution.ThisResultDoesNotExist"));
            return errors.ToOutcome();
        }

        var memberships = await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
            .Where(m => m.BoardId == board.Id && m.DeletedAt == null)
            .ToListAsync(cancellationToken);
        var (count, problem) = VoteCount.Of(
            memberships.Where(m => m.IsActiveOn(meeting.Day)).Select(m => new VoteCount.Member(m.Id, m.DisplayName, m.HasVotingRight, m.DeputyOfId)),
            input.Attendance.Select(a => new VoteCount.Presence(a.MembershipId, a.IsPresent, a.DeclaredConflict, a.Vote)),
            board.QuorumPercent);
        if (count is null)
        {
            errors.Add(nameof(input.Attendance), problem!);
            return errors.ToOutcome();
        }

        foreach (var named in count.NamedVoteProblems())
        {
            errors.Add(nameof(input.Attendance), named);
        }

        var tally = new VoteCount.Tally(input.Yes, input.No, input.Abstentions);
        foreach (var wrong in count.TallyProblems(tally))
        {
            errors.Add(nameof(input.Yes), wrong);
        }

        if (count.ResultProblem(result, tally) is { } resultProblem)
        {
            errors.Add(nameof(input.Result), resultProblem);
        }

        Project? project = null;
        var projectId = input.ProjectId ?? item.Paper?.ProjectId;
        if (projectId is { } pid)
        {
            project = await db.Projects.FirstOrDefaultAsync(p => p.Id == pid && p.RegionId == board.RegionId, cancellationToken);
            if (project is null)
            {
                errors.Add(nameof(input.ProjectId), BoardTexts.Of("Common.TheSelectedProjectDoesNotExist"));
            }
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        if (resolution is null)
        {
            resolution = new Resolution { AgendaItemId = item.Id };
            db.Resolutions.Add(resolution);
        }
        else
        {
            db.Entry(resolution).Property(r => r.Version).OriginalValue = input.Version;
            db.ResolutionAttendance.RemoveRange(resolution.Attendance);
            resolution.Attendance.Clear();
        }

        resolution.Result = result;
        resolution.Text = BoardText.Clean(input.Text);
        (resolution.Yes, resolution.No, resolution.Abstentions) = (input.Yes, input.No, input.Abstentions);
        (resolution.VotingMembers, resolution.VotingMembersPresent, resolution.IsQuorate) = (count.VotingMembers, count.VotingMembersPresent, count.IsQuorate);
        resolution.ProjectId = project?.Id;
        resolution.Attendance.AddRange(input.Attendance.Select(a => new ResolutionAttendance
        {
            MembershipId = a.MembershipId,
            IsPresent = a.IsPresent,
            DeclaredConflict = a.DeclaredConflict,
            Vote = a.Vote,
        }));

        if (resolution.StatusChange is { } previous && previous.ProjectId != project?.Id)
        {
            await stages.WithdrawBoardVoteAsync(previous, cancellationToken);
            resolution.StatusChange = null;
        }

        if (project is not null)
        {
            RecordBoardVoteOnProject(project, resolution, meeting, item);
        }

        // The agenda item (and so its meeting) carries the result in OParl.
        db.Entry(item).State = EntityState.Modified;
        db.Entry(meeting).State = EntityState.Modified;
        // The office goes on with the meeting.
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(meeting.Id), new Outcome.Conflict(BoardTexts.Of("RecordResolution.TheResolutionHasBeenChangedBy")), cancellationToken);
    }

    /// <summary>
    /// The board's Votum as a step of the project's lifecycle, taken through <see cref="ChangeProjectStage"/> and dated
    /// with the meeting; the reason is the result. A corrected resolution corrects its step.
    /// </summary>
    private void RecordBoardVoteOnProject(Project project, Resolution resolution, Meeting meeting, AgendaItem item)
    {
        if (resolution.StatusChange is { } existing && existing.ProjectId == project.Id)
        {
            DescribeBoardVote(existing, resolution.Result, meeting, item);
            return;
        }

        var change = stages.RecordBoardVote(project, currentUser.Principal?.Identity?.Name);
        DescribeBoardVote(change, resolution.Result, meeting, item);
        resolution.StatusChange = change;
    }

    /// <summary>
    /// Date and reason of the lifecycle step, which is public with the project. Only a public agenda item lends it
    /// result, meeting and number; a Votum under a non-public item is a step with its date and nothing else. Kept
    /// current when the item, its number or the meeting change (<see cref="SaveAgendaItem"/>, <see cref="UpdateMeeting"/>).
    /// </summary>
    internal static void DescribeBoardVote(StatusChange step, ResolutionResult result, Meeting meeting, AgendaItem item)
    {
        step.EffectiveOn = meeting.Day;
        if (!item.IsPublic || item.DeletedAt is not null)
        {
            step.Reason = null;
            return;
        }

        var reason = $"Votum Digitalboard: {ResolutionResults.Label(result).ToLowerInvariant()} ({meeting.Name}, TOP {item.Number})";
        step.Reason = UnicodeText.Truncate(reason, 2000);
    }
}
