using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions.Admin;

public sealed class CreateModel(AppDbContext db, ManageRegions manage) : BackOfficePageModel
{
    [BindProperty]
    public RegionInput Input { get; set; } = new();

    public RegionFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "programm")] string? programme, CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        Options = await RegionFormOptions.LoadAsync(db, null, cancellationToken);
        Input.ProgrammeId = programme is null
            ? Options.Programmes.Count == 1 ? int.Parse(Options.Programmes[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null
            : await db.Programmes.Where(p => p.Slug == programme).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        Options = await RegionFormOptions.LoadAsync(db, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var result = await manage.CreateAsync(Input, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = "Die Region wurde angelegt. Als Nächstes legen Sie ihr Digitalboard an.";
            return Redirect("/verwaltung/regionen");
        }

        Options = await RegionFormOptions.LoadAsync(db, result.Candidates, cancellationToken);
        return this.Show(result.Outcome);
    }
}
