using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions.Admin;

public sealed class IndexModel(ManageRegions manage) : BackOfficePageModel
{
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public bool HasProgrammes { get; private set; }

    /// <summary>Columns other features add (e.g. the region's Digitalboard).</summary>
    public IReadOnlyList<RegionFactColumn> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await manage.ListAsync(cancellationToken), list =>
        {
            (Regions, HasProgrammes, Columns) = (list.Regions, list.HasProgrammes, list.Columns);
            return Page();
        });
}
