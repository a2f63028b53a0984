using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Directory;

public sealed class DetailsModel(OrganisationQueries organisations) : PageModel
{
    public OrganisationDetails Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await organisations.GetAsync(slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        return Page();
    }
}
