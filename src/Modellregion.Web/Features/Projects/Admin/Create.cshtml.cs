using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class CreateModel(AppDbContext db, SaveProject save) : BackOfficePageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public ProjectFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanCreateProjects)
        {
            return Forbid();
        }

        Options = await ProjectFormOptions.LoadAsync(db, permissions, null, cancellationToken);
        if (Options.Regions.Count == 1)
        {
            Input.RegionId = int.Parse(Options.Regions[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanCreateProjects)
        {
            return Forbid();
        }

        Options = await ProjectFormOptions.LoadAsync(db, permissions, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.CreateAsync(Input, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = "Das Projekt wurde angelegt.";
            return Redirect($"/verwaltung/projekte/{saved.Id}/bearbeiten");
        }

        return this.Show(outcome);
    }
}
