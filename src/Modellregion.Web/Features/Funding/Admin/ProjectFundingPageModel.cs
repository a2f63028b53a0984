using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>Base of the funding pages of one project: loads it, checks that the person may see it, builds the tabs.</summary>
public abstract class ProjectFundingPageModel : BackOfficePageModel
{
    protected AppDbContext Db => HttpContext.RequestServices.GetRequiredService<AppDbContext>();

    public Project Project { get; private set; } = null!;
    public Permissions Permissions { get; private set; } = Permissions.None;
    public ProjectTabs Tabs { get; private set; } = null!;

    protected abstract string Tab { get; }

    public bool CanManage => Permissions.CanManageFunding(Project.RegionId);

    public bool CanAct => Permissions.CanActForProject(Project.RegionId, Project.Id);

    /// <summary>The project office of the project's region (or an administrator).</summary>
    public bool IsOffice => Permissions.IsOffice(Project.RegionId);

    /// <summary>Said on a form before saving when what it records will not show publicly (see <see cref="FundingVisibility"/>).</summary>
    public string? VisibilityNotice(FundingRecord record) => FundingVisibility.Notice(Project, record);

    /// <summary>Loads the project; returns the response to send instead (404, 403) when it may not be shown.</summary>
    protected async Task<IActionResult?> LoadProjectAsync(int id, Func<IQueryable<Project>, IQueryable<Project>>? include = null)
    {
        var query = Db.Projects.AsNoTracking().Include(p => p.GrantDecisions).Include(p => p.Programme).Include(p => p.Partners).ThenInclude(p => p.Organisation).AsSplitQuery();
        var project = await (include is null ? query : include(query)).FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (project is null)
        {
            return NotFound();
        }

        Permissions = await PermissionsAsync();
        if (!Permissions.CanViewProject(project.RegionId, project.Id))
        {
            return Forbid();
        }

        Project = project;
        Tabs = ProjectTabs.For(project, Tab, Permissions.CanEditProject(project.RegionId, project.Id));
        return null;
    }
}
