using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Directory;

public sealed class MunicipalityPageModel(GetMunicipalityDetails details, PageSections sections) : PageModel
{
    public MunicipalityDetails Municipality { get; private set; } = null!;

    /// <summary>What other features show on the page (e.g. the solutions it reuses).</summary>
    public SectionSet Sections { get; private set; } = SectionSet.Empty;

    public async Task<IActionResult> OnGetAsync(string ags, CancellationToken cancellationToken)
    {
        if (await details.RunAsync(ags, cancellationToken) is not { } municipality)
        {
            return NotFound();
        }

        Municipality = municipality;
        Sections = await sections.LoadAsync("municipality", municipality.Ags, cancellationToken);
        return Page();
    }
}
