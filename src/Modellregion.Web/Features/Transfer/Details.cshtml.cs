using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

public sealed class DetailsModel(GetSolutionDetails details, PageSections sections) : PageModel
{
    public SolutionDetails Solution { get; private set; } = null!;

    /// <summary>What other features show on the page (e.g. the Digitalboard's papers on the solution).</summary>
    public SectionSet Sections { get; private set; } = SectionSet.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await details.RunAsync(slug, cancellationToken: cancellationToken) is not { } solution)
        {
            return NotFound();
        }

        Solution = solution;
        Sections = await sections.LoadAsync("solution", solution.Id, cancellationToken);
        return Page();
    }
}
