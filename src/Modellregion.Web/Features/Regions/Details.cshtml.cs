using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Regions;

public sealed class DetailsModel(RegionQueries regions) : PageModel
{
    public RegionDetails Region { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await regions.GetAsync(slug, cancellationToken) is not { } region)
        {
            return NotFound();
        }

        Region = region;
        return Page();
    }
}
