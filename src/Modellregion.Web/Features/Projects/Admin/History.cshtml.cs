using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class HistoryModel(AppDbContext db, AuditQueries audit) : BackOfficePageModel
{
    public Project Project { get; private set; } = null!;
    public Page<AuditView> Entries { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int seite = 1, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        var permissions = await PermissionsAsync();
        if (!permissions.CanViewProject(project.RegionId, project.Id))
        {
            return Forbid();
        }

        Project = project;
        CanEdit = permissions.CanEditProject(project.RegionId, project.Id);
        Entries = await audit.ListAsync(new AuditFilter(ProjectId: id, Page: seite), permissions, cancellationToken);
        return Page();
    }
}
