using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class MilestonesModel(ProjectAccess access, ManageMilestones manage) : BackOfficePageModel
{
    [BindProperty]
    public MilestoneInput Input { get; set; } = new();

    public Project Project { get; private set; } = null!;
    public ProjectTabs Tabs { get; private set; } = null!;
    public IReadOnlyList<Milestone> Milestones { get; private set; } = [];

    /// <summary>The milestone being edited, when the page shows its form.</summary>
    public int? EditingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? bearbeiten, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (bearbeiten is { } milestoneId && Milestones.FirstOrDefault(m => m.Id == milestoneId) is { } milestone)
        {
            EditingId = milestoneId;
            Input = new MilestoneInput
            {
                Title = milestone.Title,
                Description = milestone.Description,
                DueOn = milestone.DueOn,
                IsCompleted = milestone.IsCompleted,
                CompletedOn = milestone.CompletedOn,
                Version = milestone.Version,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? milestoneId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        EditingId = milestoneId;
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = milestoneId is { } existing
            ? await manage.UpdateAsync(id, existing, Input, cancellationToken)
            : await manage.AddAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = ProjectsTexts.Of("Admin.Milestones.TheMilestoneHasBeenSaved").Stored;
            return Redirect($"/verwaltung/projekte/{id}/meilensteine");
        }

        return this.Show(outcome);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int milestoneId, CancellationToken cancellationToken)
    {
        var outcome = await manage.DeleteAsync(id, milestoneId, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = ProjectsTexts.Of("Admin.Milestones.TheMilestoneHasBeenDeleted").Stored;
            return Redirect($"/verwaltung/projekte/{id}/meilensteine");
        }

        await LoadAsync(id, cancellationToken);
        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var result = await access.OpenPageAsync(id, ProjectsOperations.Edit, "meilensteine", q => q.Include(p => p.Milestones), cancellationToken);
        if (!result.TryGet(out var page, out var refusal))
        {
            return this.Show(refusal);
        }

        (Project, Tabs) = (page.Project, page.Tabs);
        Milestones = [.. Project.Milestones.OrderBy(m => m.SortOrder)];
        return null;
    }
}
