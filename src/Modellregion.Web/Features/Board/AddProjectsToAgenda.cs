using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>What the board office ticked: project ideas for the meeting's agenda, and the meeting's version it saw.</summary>
public sealed class AgendaProjectsInput
{
    public List<int> ProjectIds { get; set; } = [];

    /// <summary>Public items and papers (the default): the board deals with project ideas in public.</summary>
    public bool IsPublic { get; set; } = true;

    public int Version { get; set; }
}

/// <summary>A project idea of the board's region that is not yet on any agenda.</summary>
public sealed record AgendaCandidate(int Id, string Title, ProjectStatus Status);

/// <summary>
/// The board office puts several project ideas on a meeting's agenda in one step: for each chosen project a paper
/// (Vorlage, "Projektskizze", linked to the project) and an agenda item dealing with it, numbered after the existing
/// items. Only ideas of the board's region in stage Idee or Beratung that are on no agenda yet; everything is checked
/// first and saved in one transaction (with the audit trail); a form older than the meeting is refused with 409.
/// </summary>
public sealed class AddProjectsToAgenda(AppDbContext db, MeetingOffice office)
{
    public const string PaperType = "Projektskizze";

    private static readonly ProjectStatus[] Ideas = [ProjectStatus.Idea, ProjectStatus.Consultation];

    /// <summary>The project ideas of the region that may be added (not on the agenda of any meeting yet), by title.</summary>
    public static async Task<IReadOnlyList<AgendaCandidate>> CandidatesAsync(AppDbContext db, int regionId, CancellationToken cancellationToken = default) =>
        await Unscheduled(db, db.Projects.AsNoTracking().Where(p => p.RegionId == regionId && Ideas.Contains(p.Status)))
            .OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new AgendaCandidate(p.Id, p.Title, p.Status))
            .ToListAsync(cancellationToken);

    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, AgendaProjectsInput input, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => AddAsync(meeting, input, cancellationToken), cancellationToken);

    private async Task<Outcome> AddAsync(Meeting meeting, AgendaProjectsInput input, CancellationToken cancellationToken)
    {
        if (input.Version != meeting.Version)
        {
            return Stale();
        }

        var ids = input.ProjectIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return Outcome.Invalid.Of(nameof(input.ProjectIds), BoardTexts.Of("AddProjectsToAgenda.PleaseChooseAtLeastOneProject"));
        }

        if (meeting.State == MeetingState.Cancelled)
        {
            return Outcome.Invalid.Of(nameof(input.ProjectIds), BoardTexts.Of("AddProjectsToAgenda.TheMeetingHasBeenCancelledIts"));
        }

        var projects = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Summary, p.RegionId, p.Status })
            .ToListAsync(cancellationToken);
        var scheduled = await db.AgendaItems.AsNoTracking()
            .Where(i => i.DeletedAt == null && i.Meeting!.DeletedAt == null && i.Paper != null && i.Paper.DeletedAt == null && i.Paper.ProjectId != null && ids.Contains(i.Paper.ProjectId.Value))
            .Select(i => new { ProjectId = i.Paper!.ProjectId!.Value, Meeting = i.Meeting!.Name })
            .ToListAsync(cancellationToken);
        var errors = new Errors();
        foreach (var id in ids)
        {
            var project = projects.FirstOrDefault(p => p.Id == id);
            if (project is null || project.RegionId != meeting.Board!.RegionId)
            {
                errors.Add(nameof(input.ProjectIds), BoardTexts.Of("AddProjectsToAgenda.ASelectedProjectDoesNotExist"));
            }
            else if (!Ideas.Contains(project.Status))
            {
                errors.Add(nameof(input.ProjectIds), BoardTexts.Of("AddProjectsToAgenda.IsNoLongerAtStageIdea", project.Title));
            }
            else if (scheduled.FirstOrDefault(s => s.ProjectId == id) is { } on)
            {
                errors.Add(nameof(input.ProjectIds), BoardTexts.Of("AddProjectsToAgenda.IsAlreadyOnTheAgendaOf", project.Title, on.Meeting));
            }
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var now = db.UtcNow;
        var today = Formatting.BerlinDate(now);
        var prefix = $"DB-{meeting.Day.Year}/";
        var references = await db.Papers.AsNoTracking().Where(p => p.BoardId == meeting.BoardId && p.Reference.StartsWith(prefix)).Select(p => p.Reference).ToListAsync(cancellationToken);
        var nextReference = references.Select(r => int.TryParse(r[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var numbers = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.DeletedAt == null).Select(i => i.Number).ToListAsync(cancellationToken);
        var nextNumber = numbers.Select(n => int.TryParse(string.Concat(n.TakeWhile(char.IsAsciiDigit)), NumberStyles.None, CultureInfo.InvariantCulture, out var top) ? top : 0).DefaultIfEmpty(0).Max() + 1;
        if (nextNumber + ids.Count > 1000)
        {
            return Outcome.Invalid.Of(nameof(input.ProjectIds), BoardTexts.Of("AddProjectsToAgenda.TheAgendaHasNoFreeNumbers"));
        }

        foreach (var project in projects.OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id))
        {
            var paper = new Paper
            {
                BoardId = meeting.BoardId,
                Reference = prefix + (nextReference++).ToString("000", CultureInfo.InvariantCulture),
                Title = Truncate(project.Title, 300),
                PaperType = PaperType,
                Date = today,
                Summary = project.Summary is null ? null : Truncate(project.Summary, 4000),
                ProjectId = project.Id,
                IsPublic = input.IsPublic,
                PublicSince = input.IsPublic ? now : null,
            };
            var number = (nextNumber++).ToString(CultureInfo.InvariantCulture);
            db.Papers.Add(paper);
            db.AgendaItems.Add(new AgendaItem
            {
                MeetingId = meeting.Id,
                Number = number,
                Order = AgendaNumbers.OrderOf(number),
                Title = Truncate(project.Title, 300),
                IsPublic = input.IsPublic,
                PublicSince = input.IsPublic ? now : null,
                Paper = paper,
            });
        }

        // The meeting changes with its agenda (OParl embeds the items); its version also makes a second, older form stale.
        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version;
        db.Entry(meeting).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        catch (DbUpdateException)
        {
            // A number or reference was taken at the same moment by someone else.
            db.ChangeTracker.Clear();
            return Stale();
        }

        return new Outcome.Saved(meeting.Id);
    }

    /// <summary>Projects that no paper on a (not deleted) agenda deals with.</summary>
    private static IQueryable<Project> Unscheduled(AppDbContext db, IQueryable<Project> projects) =>
        projects.Where(p => !db.Set<AgendaItem>().Any(i => i.DeletedAt == null && i.Meeting!.DeletedAt == null && i.Paper != null && i.Paper.DeletedAt == null && i.Paper.ProjectId == p.Id));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static Outcome.Conflict Stale() =>
        new(BoardTexts.Of("AddProjectsToAgenda.TheMeetingHasBeenChangedBy"));
}
