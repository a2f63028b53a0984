using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A project's funding as its back-office pages show it, and what the person may do there — each flag decided by the
/// funding handlers (<see cref="FundingOperations"/>), so a page shows a button exactly when the use case behind it
/// would let the person act.
/// </summary>
/// <param name="Actors">The roles the person holds for the steps of the project's lifecycle.</param>
public sealed record ProjectFundingView(Project Project, ProjectTabs Tabs, bool MayManage, bool MayAct, bool MayEditPlan, bool MayAdminister, StageActors Actors);

/// <summary>The read gate of a project's funding pages (<see cref="FundingOperations.View"/>): the project with its decisions, programme and partners.</summary>
public sealed class ProjectFunding(ProjectAccess access, CurrentUser currentUser)
{
    /// <param name="tab">The funding tab the page shows (marked in the tab row).</param>
    /// <param name="include">What the page needs loaded besides decisions, programme and partners.</param>
    public async Task<Result<ProjectFundingView>> OpenAsync(int id, string tab, Func<IQueryable<Project>, IQueryable<Project>>? include = null, CancellationToken cancellationToken = default)
    {
        IQueryable<Project> Query(IQueryable<Project> projects)
        {
            var query = projects.Include(p => p.GrantDecisions).Include(p => p.Programme).Include(p => p.Partners).ThenInclude(p => p.Organisation).AsSplitQuery();
            return include is null ? query : include(query);
        }

        if (!(await access.OpenAsync(id, FundingOperations.View, Query, cancellationToken)).TryGet(out var project, out var refusal))
        {
            return refusal;
        }

        var scopes = await currentUser.ScopesAsync(cancellationToken);
        return new ProjectFundingView(
            project,
            await access.TabsAsync(project, tab),
            await access.AllowsAsync(project, FundingOperations.Manage),
            await access.AllowsAsync(project, FundingOperations.Act),
            await access.AllowsAsync(project, FundingOperations.EditPlan),
            await access.AllowsAsync(project, FundingOperations.Administer),
            FundingOperations.ActorsOf(scopes, project.RegionId, project.Id));
    }
}
