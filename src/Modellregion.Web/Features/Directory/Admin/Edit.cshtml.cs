using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed class EditModel(AppDbContext db, SaveOrganisation save) : BackOfficePageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public OrganisationFormOptions Options { get; private set; } = null!;
    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = OrganisationInput.From(Organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.UpdateAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Änderungen wurden gespeichert.";
            return Redirect("/verwaltung/akteure");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        var permissions = await PermissionsAsync();
        if (!permissions.CanEditRegionContent(organisation.RegionId))
        {
            return Forbid();
        }

        Organisation = organisation;
        Options = await OrganisationFormOptions.LoadAsync(db, permissions, cancellationToken);
        return null;
    }
}
