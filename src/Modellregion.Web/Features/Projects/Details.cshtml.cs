using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

public sealed class DetailsModel(GetProjectDetails details, PageSections sections) : PageModel
{
    public ProjectDetails Project { get; private set; } = null!;

    /// <summary>What other features show on the project's page (the board's vote, solutions from its results …).</summary>
    public SectionSet Sections { get; private set; } = SectionSet.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var project = await details.RunAsync(slug, cancellationToken: cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        Project = project;
        Sections = await sections.LoadAsync("project", project.Id, cancellationToken);
        return Page();
    }
}
