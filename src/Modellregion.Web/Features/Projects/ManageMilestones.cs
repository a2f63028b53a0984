using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

public sealed class MilestoneInput
{
    [Required(ErrorMessage = "Common.PleaseEnterATitle")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "ManageMilestones.TheTitleMustBe2To")]
    [PlainText]
    [Display(Name = "Common.Milestone")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "ManageMilestones.TheDescriptionMayBeAtMost")]
    [PlainText]
    [Display(Name = "Common.Description")]
    public string? Description { get; set; }

    [Display(Name = "Common.PlannedFor")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Common.Reached")]
    public bool IsCompleted { get; set; }

    [Display(Name = "ManageMilestones.ReachedOn")]
    public DateOnly? CompletedOn { get; set; }

    public int Version { get; set; }
}

/// <summary>Adds, changes and removes the milestones of a project (project office and the project's lead).</summary>
public sealed class ManageMilestones(AppDbContext db, ProjectAccess access)
{
    /// <summary>A milestone of the project as stored (for the write API's answer), or null.</summary>
    public Task<Milestone?> FindAsync(int projectId, int milestoneId, CancellationToken cancellationToken = default) =>
        db.Milestones.AsNoTracking().FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == projectId, cancellationToken);

    public async Task<Outcome> AddAsync(int projectId, MilestoneInput input, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var order = await db.Milestones.Where(m => m.ProjectId == projectId).Select(m => (int?)m.SortOrder).MaxAsync(cancellationToken) ?? -1;
        var milestone = new Milestone { ProjectId = projectId, Title = "", SortOrder = order + 1 };
        Apply(input, milestone);
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(milestone.Id);
    }

    public async Task<Outcome> UpdateAsync(int projectId, int milestoneId, MilestoneInput input, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var milestone = await db.Milestones.FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == projectId, cancellationToken);
        if (milestone is null)
        {
            return new Outcome.NotFound();
        }

        if (milestone.Version != input.Version)
        {
            return Stale();
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        db.Entry(milestone).Property(m => m.Version).OriginalValue = input.Version;
        Apply(input, milestone);
        db.Entry(milestone).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(milestone.Id), Stale(), cancellationToken);
    }

    public async Task<Outcome> DeleteAsync(int projectId, int milestoneId, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var milestone = await db.Milestones.FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == projectId, cancellationToken);
        if (milestone is null)
        {
            return new Outcome.NotFound();
        }

        db.Milestones.Remove(milestone);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(milestoneId);
    }

    private Task<Outcome?> CheckAsync(int projectId, CancellationToken cancellationToken) =>
        access.CheckAsync(projectId, ProjectsOperations.Edit, cancellationToken);

    /// <summary>
    /// The field rules again (the page checks them when binding; the write API binds JSON) and the rules between
    /// the fields: nothing invalid is stored, whichever way it comes in.
    /// </summary>
    private static Outcome.Invalid? Validate(MilestoneInput input)
    {
        var errors = new Errors();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(nameof(input.Title), ProjectsTexts.Of("Common.PleaseEnterATitle"));
        }
        else if (title.Length is < 2 or > 200)
        {
            errors.Add(nameof(input.Title), ProjectsTexts.Of("ManageMilestones.TheTitleMustBe2To"));
        }
        else if (!PlainText.IsPlain(title))
        {
            errors.Add(nameof(input.Title), ProjectsTexts.Of("WriteApi.NoEmojiOrControlCharacters"));
        }

        if (input.Description is { Length: > 2000 })
        {
            errors.Add(nameof(input.Description), ProjectsTexts.Of("ManageMilestones.TheDescriptionMayBeAtMost"));
        }
        else if (input.Description is { } description && !PlainText.IsPlain(description))
        {
            errors.Add(nameof(input.Description), ProjectsTexts.Of("WriteApi.NoEmojiOrControlCharacters"));
        }

        if (!ProjectDates.IsPlausible(input.DueOn))
        {
            errors.Add(nameof(input.DueOn), ProjectsTexts.Of("WriteApi.TheDateMustBeBetween", ProjectDates.MinYear, ProjectDates.MaxYear));
        }

        if (!ProjectDates.IsPlausible(input.CompletedOn))
        {
            errors.Add(nameof(input.CompletedOn), ProjectsTexts.Of("WriteApi.TheDateMustBeBetween", ProjectDates.MinYear, ProjectDates.MaxYear));
        }
        if (input.CompletedOn is not null && !input.IsCompleted)
        {
            errors.Add(nameof(input.CompletedOn), ProjectsTexts.Of("ManageMilestones.AReachedOnDateIsOnly"));
        }

        return errors.Any ? errors.ToOutcome() : null;
    }

    private static void Apply(MilestoneInput input, Milestone milestone)
    {
        milestone.Title = input.Title.Trim();
        milestone.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        var completedOn = input.IsCompleted ? input.CompletedOn : null;
        if (milestone.DueOn != input.DueOn || milestone.CompletedOn != completedOn)
        {
            // Dates entered here are exact; dates known only to the month or year (from reports) keep that while unchanged.
            milestone.DatePrecision = DatePrecision.Day;
        }

        milestone.DueOn = input.DueOn;
        milestone.IsCompleted = input.IsCompleted;
        milestone.CompletedOn = completedOn;
    }

    private static Outcome.Conflict Stale() =>
        new(ProjectsTexts.Of("ManageMilestones.SomeoneElseHasChangedTheMilestone"));
}

/// <summary>Dates of a project's plan and reports: within years a funding programme can plausibly have.</summary>
public static class ProjectDates
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public static bool IsPlausible(DateOnly? date) => date is not { } d || d.Year is >= MinYear and <= MaxYear;
}
