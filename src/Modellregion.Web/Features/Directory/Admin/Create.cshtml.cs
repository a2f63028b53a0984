using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed class CreateModel(AppDbContext db, SaveOrganisation save) : BackOfficePageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public OrganisationFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanEditAnyRegionContent)
        {
            return Forbid();
        }

        Options = await OrganisationFormOptions.LoadAsync(db, permissions, cancellationToken);
        if (Options.Regions.Count == 1)
        {
            Input.RegionId = int.Parse(Options.Regions[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanEditAnyRegionContent)
        {
            return Forbid();
        }

        Options = await OrganisationFormOptions.LoadAsync(db, permissions, cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.CreateAsync(Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Der Akteur wurde angelegt.";
            return Redirect("/verwaltung/akteure");
        }

        return this.Show(outcome);
    }
}
