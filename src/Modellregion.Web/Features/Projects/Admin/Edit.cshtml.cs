using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class EditModel(AppDbContext db, SaveProject save) : BackOfficePageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public ProjectFormOptions Options { get; private set; } = null!;
    public Project Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = ProjectInput.From(Project);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.UpdateAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Änderungen wurden gespeichert.";
            return Redirect($"/verwaltung/projekte/{id}/bearbeiten");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Topics).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        var permissions = await PermissionsAsync();
        if (!permissions.CanEditProject(project.RegionId, project.Id))
        {
            return Forbid();
        }

        Project = project;
        Options = await ProjectFormOptions.LoadAsync(db, permissions, project.RegionId, cancellationToken);
        return null;
    }
}
