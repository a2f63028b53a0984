using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>A project's history in the back office: every recorded change, the newest first.</summary>
public sealed record ProjectHistoryView(Project Project, ProjectTabs Tabs, Page<AuditView> Entries);

/// <summary>Reads a project's history for whoever may see the project (<see cref="ProjectsOperations.View"/>).</summary>
public sealed class ProjectHistory(ProjectAccess access, AuditQueries audit, CurrentUser currentUser)
{
    public async Task<Result<ProjectHistoryView>> RunAsync(int id, int page, CancellationToken cancellationToken = default)
    {
        if (!(await access.OpenPageAsync(id, ProjectsOperations.View, "verlauf", cancellationToken: cancellationToken)).TryGet(out var view, out var refusal))
        {
            return refusal;
        }

        var entries = await audit.ListAsync(new AuditFilter(ProjectId: id, Page: page), await currentUser.ScopesAsync(cancellationToken), cancellationToken);
        return new ProjectHistoryView(view.Project, view.Tabs, entries);
    }
}
