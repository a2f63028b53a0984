using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Regions;

public sealed class IndexModel(AppDbContext db, RegionQueries regions) : PageModel
{
    [FromQuery(Name = "programm")] public string? Programme { get; set; }

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public string? ProgrammeName { get; private set; }
    public string? UnknownProgramme { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        int? programmeId = null;
        if (!string.IsNullOrWhiteSpace(Programme))
        {
            var slug = Programme.Trim();
            var programme = await db.Programmes.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
            if (programme is null)
            {
                UnknownProgramme = slug.Length > 60 ? slug[..60] + "…" : slug;
            }
            else
            {
                (programmeId, ProgrammeName) = (programme.Id, programme.Name);
            }
        }

        Regions = await regions.ListAsync(programmeId, cancellationToken);
    }
}
