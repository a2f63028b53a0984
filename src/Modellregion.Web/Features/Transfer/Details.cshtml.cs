using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Transfer;

public sealed class DetailsModel(GetSolutionDetails details) : PageModel
{
    public SolutionDetails Solution { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await details.RunAsync(slug, cancellationToken: cancellationToken) is not { } solution)
        {
            return NotFound();
        }

        Solution = solution;
        return Page();
    }
}
