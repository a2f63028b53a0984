using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>After confirming an upload of the milestone table: how many milestones were added and changed.</summary>
public sealed class MilestoneSheetResultModel(MilestoneRoundTrip roundTrip) : BackOfficePageModel
{
    [FromQuery(Name = "neu")] public int Created { get; set; }
    [FromQuery(Name = "geaendert")] public int Changed { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await roundTrip.FormAsync(cancellationToken), _ =>
        {
            (Created, Changed) = (Math.Max(0, Created), Math.Max(0, Changed));
            return Page();
        });
}
