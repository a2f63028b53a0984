using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Info.Admin;

public sealed class OperatorModel(OperatorDetailsQueries operators, SaveOperatorDetails save) : BackOfficePageModel
{
    [BindProperty]
    public OperatorInput Input { get; set; } = new();

    public Operator Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        Current = await operators.GetAsync(cancellationToken);
        Input = OperatorInput.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        Current = await operators.GetAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.RunAsync(Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Angaben des Betreibers wurden gespeichert.";
            return Redirect("/verwaltung/betreiber");
        }

        return this.Show(outcome);
    }
}
