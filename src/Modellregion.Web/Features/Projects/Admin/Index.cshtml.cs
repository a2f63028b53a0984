using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class IndexModel(ListProjects list) : BackOfficePageModel
{
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "seite")] public int PageNumber { get; set; } = 1;
    [FromQuery(Name = "status")] public string? Status { get; set; }

    /// <summary>The stage chosen in the address, if it is one.</summary>
    public ProjectStatus? SelectedStatus { get; private set; }

    public bool CanCreate { get; private set; }
    public bool CanEditMilestoneTable { get; private set; }
    public Page<ProjectListRow> Projects { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await list.RunAsync(Query, Status, PageNumber, cancellationToken), view =>
        {
            (Projects, SelectedStatus, CanCreate, CanEditMilestoneTable) = view;
            PageNumber = Projects.PageNumber;
            return Page();
        });
}
