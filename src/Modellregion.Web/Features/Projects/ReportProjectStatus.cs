using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>The state of a project as reported: the next stage (optional) and the note on the state.</summary>
public sealed class StatusInput
{
    /// <summary>The stage's short name as in the public API (<c>laufend</c>, <c>bewilligungszeitraum-beendet</c> …); empty keeps the stage.</summary>
    public string? Status { get; set; }

    /// <summary>Why the step is taken, where the lifecycle asks for a reason.</summary>
    public string? Reason { get; set; }

    public string? StatusNote { get; set; }

    /// <summary>The project's version the report is based on.</summary>
    public int Version { get; set; }
}

/// <summary>
/// Reports the state of a project (project office and the project's lead): the note on the state, and a step in the
/// lifecycle, which goes through <see cref="ChangeProjectStage"/> with its rules on who may take which step. Both or
/// nothing are stored; a report based on an older version of the project is refused.
/// </summary>
public sealed class ReportProjectStatus(AppDbContext db, ProjectAccess access, ChangeProjectStage stage)
{
    public const int MaxNoteLength = 500;

    public async Task<Outcome> RunAsync(int projectId, StatusInput input, CancellationToken cancellationToken = default)
    {
        if (await access.CheckAsync(projectId, ProjectsOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new Errors();
        ProjectStatus? to = null;
        if (!string.IsNullOrWhiteSpace(input.Status))
        {
            to = ProjectStatuses.FromSlug(input.Status.Trim());
            if (to is null)
            {
                errors.Add(nameof(input.Status), ProjectsTexts.Of("WriteApi.ThisStageDoesNotExist", string.Join(", ", ProjectStatuses.All.Select(s => s.Slug))));
            }
        }

        var note = string.IsNullOrWhiteSpace(input.StatusNote) ? null : input.StatusNote.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            errors.Add(nameof(input.StatusNote), ProjectsTexts.Of("WriteApi.TheNoteMayBeAtMost500"));
        }
        else if (note is not null && !PlainText.IsPlain(note))
        {
            errors.Add(nameof(input.StatusNote), ProjectsTexts.Of("WriteApi.NoEmojiOrControlCharacters"));
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var project = await db.Projects.FirstAsync(p => p.Id == projectId, cancellationToken);
        if (project.Version != input.Version)
        {
            return Stale();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = input.Version;
        if (to is { } next && next != project.Status)
        {
            var moved = await stage.RunAsync(projectId, new StageInput { To = next, Reason = input.Reason, Version = version }, cancellationToken);
            if (moved is not Outcome.Saved)
            {
                return moved;
            }

            version = project.Version;
        }

        if (note != project.StatusNote)
        {
            db.Entry(project).Property(p => p.Version).OriginalValue = version;
            project.StatusNote = note;
            var saved = await db.SaveOrConflictAsync(() => new Outcome.Saved(project.Id, project.Slug), Stale(), cancellationToken);
            if (saved is not Outcome.Saved)
            {
                return saved;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Saved(project.Id, project.Slug);
    }

    private static Outcome.Conflict Stale() => new(ProjectsTexts.Of("WriteApi.SomeoneElseHasChangedTheProject"));
}
