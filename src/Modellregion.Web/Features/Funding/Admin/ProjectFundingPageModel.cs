using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>
/// Base of the funding pages of one project: shows what <see cref="ProjectFunding"/> found (the project, its tabs, what
/// the person may do there) or its refusal. It decides nothing itself.
/// </summary>
public abstract class ProjectFundingPageModel : BackOfficePageModel
{
    protected AppDbContext Db => HttpContext.RequestServices.GetRequiredService<AppDbContext>();

    public Project Project { get; private set; } = null!;
    public ProjectTabs Tabs { get; private set; } = null!;

    /// <summary>What the person may do in this project's funding (flags decided by the funding handlers).</summary>
    public ProjectFundingView Access { get; private set; } = null!;

    protected abstract string Tab { get; }

    public bool CanManage => Access.MayManage;

    public bool CanAct => Access.MayAct;

    /// <summary>The project office of the project's region (or an administrator): keeps the project in the funding administration.</summary>
    public bool IsOffice => Access.MayAdminister;

    /// <summary>Said on a form before saving when what it records will not show publicly (see <see cref="FundingVisibility"/>).</summary>
    public string? VisibilityNotice(FundingRecord record) => FundingVisibility.Notice(Project, record);

    /// <summary>
    /// Refuses a step the person may not take in this project at all before the form's input is looked at, so that a
    /// reader gets 403 whatever the form holds (the flags come from the same funding handlers the use case asks).
    /// </summary>
    protected IActionResult? Unless(bool allowed) => allowed ? null : this.Show(new Outcome.Forbidden());

    /// <summary>Loads the project's funding; returns the response to send instead (404, 403) when the use case refuses.</summary>
    protected async Task<IActionResult?> LoadProjectAsync(int id, Func<IQueryable<Project>, IQueryable<Project>>? include = null)
    {
        var funding = HttpContext.RequestServices.GetRequiredService<ProjectFunding>();
        if (!(await funding.OpenAsync(id, Tab, include, HttpContext.RequestAborted)).TryGet(out var view, out var refusal))
        {
            return this.Show(refusal);
        }

        (Access, Project, Tabs) = (view, view.Project, view.Tabs);
        return null;
    }
}
