using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Projects;

public sealed class DetailsModel(GetProjectDetails details) : PageModel
{
    public ProjectDetails Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var project = await details.RunAsync(slug, cancellationToken: cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        Project = project;
        return Page();
    }
}
