using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

public sealed class MilestoneInput
{
    [Required(ErrorMessage = "Common.PleaseEnterATitle")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "ManageMilestones.TheTitleMustBe2To")]
    [Display(Name = "Common.Milestone")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "ManageMilestones.TheDescriptionMayBeAtMost")]
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

    private static Outcome.Invalid? Validate(MilestoneInput input)
    {
        var errors = new Errors();
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
