using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Directory;

public sealed class MunicipalityPageModel(GetMunicipalityDetails details) : PageModel
{
    public MunicipalityDetails Municipality { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string ags, CancellationToken cancellationToken)
    {
        if (await details.RunAsync(ags, cancellationToken) is not { } municipality)
        {
            return NotFound();
        }

        Municipality = municipality;
        return Page();
    }
}
