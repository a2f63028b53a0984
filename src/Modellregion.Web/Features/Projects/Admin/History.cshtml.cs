using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class HistoryModel(ProjectHistory history) : BackOfficePageModel
{
    public Project Project { get; private set; } = null!;
    public ProjectTabs Tabs { get; private set; } = null!;
    public Page<AuditView> Entries { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int seite = 1, CancellationToken cancellationToken = default) =>
        this.Show(await history.RunAsync(id, seite, cancellationToken), view =>
        {
            (Project, Tabs, Entries) = (view.Project, view.Tabs, view.Entries);
            return Page();
        });
}
