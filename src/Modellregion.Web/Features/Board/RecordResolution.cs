using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed class ResolutionInput
{
    [Required(ErrorMessage = "Bitte wählen Sie das Ergebnis.")]
    [Display(Name = "Ergebnis")]
    public ResolutionResult? Result { get; set; }

    [StringLength(20000, ErrorMessage = "Der Beschlusstext darf höchstens 20.000 Zeichen lang sein.")]
    [Display(Name = "Beschlusstext")]
    public string? Text { get; set; }

    [Range(0, 999, ErrorMessage = "Bitte geben Sie für „{0}“ eine Zahl von 0 bis 999 an.")]
    [Display(Name = "Ja-Stimmen")]
    public int Yes { get; set; }

    [Range(0, 999, ErrorMessage = "Bitte geben Sie für „{0}“ eine Zahl von 0 bis 999 an.")]
    [Display(Name = "Nein-Stimmen")]
    public int No { get; set; }

    [Range(0, 999, ErrorMessage = "Bitte geben Sie für „{0}“ eine Zahl von 0 bis 999 an.")]
    [Display(Name = "Enthaltungen")]
    public int Abstentions { get; set; }

    [Display(Name = "Betrifft Projekt(idee)")]
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
/// project idea becomes that project's lifecycle step "Votum Digitalboard". Everything is checked first and saved
/// in one transaction.
/// </summary>
public sealed class RecordResolution(AppDbContext db, CurrentUser currentUser)
{
    public async Task<Outcome> RunAsync(int agendaItemId, ResolutionInput input, CancellationToken cancellationToken = default)
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
        if (!(await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(board.RegionId))
        {
            return new Outcome.Forbidden();
        }

        var resolution = item.Resolution;
        if (resolution is not null && resolution.Version != input.Version)
        {
            return new Outcome.Conflict("Der Beschluss wurde inzwischen von jemand anderem geändert. Ihre Eingaben wurden nicht gespeichert: Bitte laden Sie die Seite neu.");
        }

        var errors = new Errors();
        if (meeting.State == MeetingState.Cancelled)
        {
            errors.Add("", "Die Sitzung ist abgesagt; Beschlüsse können nicht erfasst werden.");
        }
        else if (meeting.StartsAt > db.UtcNow)
        {
            errors.Add("", $"Die Sitzung beginnt erst am {Formatting.Timestamp(meeting.StartsAt)}; Beschlüsse können erst ab Beginn der Sitzung erfasst werden.");
        }

        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            errors.Add(nameof(input.Result), "Dieses Ergebnis gibt es nicht.");
            return errors.ToOutcome();
        }

        var memberships = await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
            .Where(m => m.BoardId == board.Id && m.DeletedAt == null)
            .ToListAsync(cancellationToken);
        var active = memberships.Where(m => m.IsActiveOn(meeting.Day)).ToDictionary(m => m.Id);
        var attendance = new Dictionary<int, AttendanceInput>();
        foreach (var entry in input.Attendance)
        {
            if (!active.ContainsKey(entry.MembershipId))
            {
                errors.Add(nameof(input.Attendance), "Mindestens ein angegebenes Mitglied gehört am Sitzungstag nicht zum Gremium.");
                return errors.ToOutcome();
            }

            if (!attendance.TryAdd(entry.MembershipId, entry))
            {
                errors.Add(nameof(input.Attendance), "Ein Mitglied ist mehrfach angegeben.");
                return errors.ToOutcome();
            }

            if (!Enum.IsDefined(entry.Vote))
            {
                errors.Add(nameof(input.Attendance), "Diese Stimmabgabe gibt es nicht.");
                return errors.ToOutcome();
            }
        }

        bool Present(int id) => attendance.TryGetValue(id, out var a) && a.IsPresent;
        bool MayVote(BoardMembership m) => m.HasVotingRight && Present(m.Id) && !attendance[m.Id].DeclaredConflict;

        // Each seat (a member with a voting right, not a deputy) has one vote: the member's own when present;
        // when absent, that of one deputy of the seat (the one with a named vote, else the first present).
        var seats = active.Values.Where(m => m.HasVotingRight && m.DeputyOfId is null).OrderBy(m => m.Id).ToList();
        var voters = new Dictionary<int, BoardMembership>();
        foreach (var seat in seats)
        {
            if (Present(seat.Id))
            {
                if (MayVote(seat))
                {
                    voters[seat.Id] = seat;
                }

                continue;
            }

            var deputies = active.Values.Where(d => d.DeputyOfId == seat.Id && MayVote(d)).OrderBy(d => d.Id).ToList();
            if ((deputies.FirstOrDefault(d => attendance[d.Id].Vote != VoteChoice.None) ?? deputies.FirstOrDefault()) is { } deputy)
            {
                voters[seat.Id] = deputy;
            }
        }

        var voting = voters.Values.Select(v => v.Id).ToHashSet();
        foreach (var (id, entry) in attendance)
        {
            var member = active[id];
            if (entry.Vote == VoteChoice.None)
            {
                continue;
            }

            if (entry.DeclaredConflict)
            {
                errors.Add(nameof(input.Attendance), $"{member.DisplayName} hat eine Befangenheit erklärt und darf nicht abstimmen.");
            }
            else if (!entry.IsPresent)
            {
                errors.Add(nameof(input.Attendance), $"{member.DisplayName} ist nicht anwesend und kann nicht abstimmen.");
            }
            else if (!member.HasVotingRight)
            {
                errors.Add(nameof(input.Attendance), $"{member.DisplayName} hat kein Stimmrecht.");
            }
            else if (member.DeputyOfId is { } principal && Present(principal))
            {
                errors.Add(nameof(input.Attendance), $"{member.DisplayName} ist Stellvertretung eines anwesenden Mitglieds und stimmt nicht ab.");
            }
            else if (!voting.Contains(id))
            {
                errors.Add(nameof(input.Attendance), member.DeputyOfId is { } seat && voters.TryGetValue(seat, out var other)
                    ? $"Für den Sitz von {active[seat].DisplayName} stimmt bereits {other.DisplayName} ab; je Sitz zählt nur eine Stimme."
                    : $"{member.DisplayName} vertritt keinen stimmberechtigten Sitz und stimmt nicht ab.");
            }
        }

        var votingMembers = seats.Count;
        var votingPresent = voters.Count;
        var quorate = votingMembers > 0 && votingPresent * 100 > board.QuorumPercent * votingMembers;
        var cast = input.Yes + input.No + input.Abstentions;
        if (cast > votingPresent)
        {
            errors.Add(nameof(input.Yes), $"Die Stimmen ({cast}) übersteigen die Zahl der anwesenden stimmberechtigten Mitglieder ohne Befangenheit ({votingPresent}).");
        }

        var named = attendance.Values.Where(a => a.Vote != VoteChoice.None).ToList();
        if (named.Count(a => a.Vote == VoteChoice.Yes) > input.Yes || named.Count(a => a.Vote == VoteChoice.No) > input.No
            || named.Count(a => a.Vote == VoteChoice.Abstain) > input.Abstentions)
        {
            errors.Add(nameof(input.Yes), "Es sind mehr namentliche Stimmen erfasst als im Ergebnis gezählt.");
        }

        if (ResolutionResults.IsVote(result))
        {
            if (!quorate)
            {
                errors.Add(nameof(input.Result), $"Das Gremium ist nicht beschlussfähig: {votingPresent} von {votingMembers} stimmberechtigten Mitgliedern sind anwesend und ohne Befangenheit, nötig sind mehr als {board.QuorumPercent} %. Erfassen Sie „Nicht beschlussfähig“ oder „Vertagt“.");
            }
            else if (result is ResolutionResult.Endorsed or ResolutionResult.EndorsedWithChanges && input.Yes <= input.No)
            {
                errors.Add(nameof(input.Result), "Befürwortet ist ein Antrag nur mit mehr Ja- als Nein-Stimmen.");
            }
            else if (result == ResolutionResult.Rejected && input.Yes > input.No)
            {
                errors.Add(nameof(input.Result), "Mit mehr Ja- als Nein-Stimmen ist der Antrag nicht abgelehnt.");
            }
        }

        Project? project = null;
        var projectId = input.ProjectId ?? item.Paper?.ProjectId;
        if (projectId is { } pid)
        {
            project = await db.Projects.FirstOrDefaultAsync(p => p.Id == pid && p.RegionId == board.RegionId, cancellationToken);
            if (project is null)
            {
                errors.Add(nameof(input.ProjectId), "Das gewählte Projekt gibt es in dieser Region nicht.");
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
        resolution.Text = ManageMeetings.Clean(input.Text);
        (resolution.Yes, resolution.No, resolution.Abstentions) = (input.Yes, input.No, input.Abstentions);
        (resolution.VotingMembers, resolution.VotingMembersPresent, resolution.IsQuorate) = (votingMembers, votingPresent, quorate);
        resolution.ProjectId = project?.Id;
        resolution.Attendance.AddRange(attendance.Values.Select(a => new ResolutionAttendance
        {
            MembershipId = a.MembershipId,
            IsPresent = a.IsPresent,
            DeclaredConflict = a.DeclaredConflict,
            Vote = a.Vote,
        }));

        if (resolution.StatusChange is { } previous && previous.ProjectId != project?.Id)
        {
            await WithdrawBoardVoteAsync(previous, cancellationToken);
            resolution.StatusChange = null;
        }

        if (project is not null)
        {
            RecordBoardVoteOnProject(project, resolution, meeting, item);
        }

        // The agenda item (and so its meeting) carries the result in OParl.
        db.Entry(item).State = EntityState.Modified;
        db.Entry(meeting).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome.Conflict("Der Beschluss wurde inzwischen von jemand anderem geändert. Ihre Eingaben wurden nicht gespeichert: Bitte laden Sie die Seite neu.");
        }

        return new Outcome.Saved(resolution.Id);
    }

    /// <summary>
    /// The board's Votum as a step of the project's lifecycle (<see cref="ProjectStatus.BoardVote"/>): dated with
    /// the meeting, the reason is the result. A project still at Idea or Consultation moves to BoardVote; one
    /// further along keeps its status and only gains the dated step. A corrected resolution corrects its step.
    /// </summary>
    private void RecordBoardVoteOnProject(Project project, Resolution resolution, Meeting meeting, AgendaItem item)
    {
        if (resolution.StatusChange is { } existing && existing.ProjectId == project.Id)
        {
            DescribeBoardVote(existing, resolution.Result, meeting, item);
            return;
        }

        var from = project.Status;
        if (project.Status is ProjectStatus.Idea or ProjectStatus.Consultation)
        {
            project.Status = ProjectStatus.BoardVote;
        }

        var change = new StatusChange
        {
            ProjectId = project.Id,
            From = from,
            To = ProjectStatus.BoardVote,
            RecordedAt = db.UtcNow,
            RecordedBy = currentUser.Principal?.Identity?.Name,
        };
        DescribeBoardVote(change, resolution.Result, meeting, item);
        db.StatusChanges.Add(change);
        resolution.StatusChange = change;
    }

    /// <summary>
    /// A corrected resolution no longer concerns the project it named: its Votum step goes, and a project the
    /// Votum had moved to <see cref="ProjectStatus.BoardVote"/> (and that has not moved on since) returns to where it was.
    /// </summary>
    private async Task WithdrawBoardVoteAsync(StatusChange step, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstAsync(p => p.Id == step.ProjectId, cancellationToken);
        var later = await db.StatusChanges.AnyAsync(c => c.ProjectId == step.ProjectId && c.Id > step.Id, cancellationToken);
        if (project.Status == ProjectStatus.BoardVote && !later)
        {
            project.Status = step.From ?? ProjectStatus.Idea;
        }

        db.StatusChanges.Remove(step);
    }

    /// <summary>
    /// Date and reason of the lifecycle step, which is public with the project. Only a public agenda item lends it
    /// result, meeting and number; a Votum under a non-public item is a step with its date and nothing else. Kept
    /// current when the item, its number or the meeting change (<see cref="ManageMeetings"/>).
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
