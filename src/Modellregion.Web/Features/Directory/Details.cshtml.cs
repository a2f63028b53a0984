using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Directory;

public sealed class DetailsModel(OrganisationQueries organisations, PageSections sections) : PageModel
{
    public OrganisationDetails Organisation { get; private set; } = null!;

    /// <summary>What other features show on the page (e.g. the solutions it reuses).</summary>
    public SectionSet Sections { get; private set; } = SectionSet.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await organisations.GetAsync(slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Sections = await sections.LoadAsync("organisation", organisation.Subject, cancellationToken);
        return Page();
    }
}
