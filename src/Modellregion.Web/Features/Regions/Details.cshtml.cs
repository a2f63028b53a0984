using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Regions;

public sealed class DetailsModel(RegionQueries regions, PageSections sections) : PageModel
{
    public RegionDetails Region { get; private set; } = null!;

    /// <summary>What other features show on the page (e.g. the region's Digitalboard).</summary>
    public SectionSet Sections { get; private set; } = SectionSet.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await regions.GetAsync(slug, cancellationToken) is not { } region)
        {
            return NotFound();
        }

        Region = region;
        Sections = await sections.LoadAsync("region", region.Id, cancellationToken);
        return Page();
    }
}
