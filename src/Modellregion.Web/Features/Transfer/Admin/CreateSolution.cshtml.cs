using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class CreateSolutionModel(AppDbContext db, SaveSolution save) : BackOfficePageModel
{
    [BindProperty]
    public SolutionInput Input { get; set; } = new();

    public SolutionFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanManageAnyTransfer)
        {
            return Forbid();
        }

        var first = permissions.IsAdministrator ? (int?)null : permissions.OfficeRegions.Order().FirstOrDefault();
        Input.RegionId = first;
        Options = await SolutionFormOptions.LoadAsync(db, permissions, first, [], cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanManageAnyTransfer)
        {
            return Forbid();
        }

        Options = await SolutionFormOptions.LoadAsync(db, permissions, Input.RegionId, Input.ProjectIds, cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.CreateAsync(Input, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = "Die Lösung wurde angelegt.";
            return Redirect($"/verwaltung/transfer/loesungen/{saved.Id.ToString(CultureInfo.InvariantCulture)}/bearbeiten");
        }

        return this.Show(outcome);
    }
}
