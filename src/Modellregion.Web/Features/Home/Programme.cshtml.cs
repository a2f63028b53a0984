using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Web.Features.Home;

public sealed class ProgrammeModel(ProgrammeQueries programmes, HeadlineFigures headline, RegionQueries regions, AppDbContext db) : PageModel
{
    public ProgrammeDetails Programme { get; private set; } = null!;
    public FiguresView View { get; private set; } = null!;
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await programmes.GetAsync(slug, cancellationToken) is not { } programme)
        {
            return NotFound();
        }

        Programme = programme;
        Regions = await regions.ListAsync(programme.Id, cancellationToken);
        var anyExamples = await db.Regions.AnyAsync(r => r.IsExample, cancellationToken);
        View = new FiguresView(await headline.ComputeAsync(programme.Id, cancellationToken), programme.Slug, anyExamples);
        return Page();
    }
}
