using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Info.Admin;

public sealed class OperatorModel(SaveOperatorDetails save) : BackOfficePageModel
{
    [BindProperty]
    public OperatorInput Input { get; set; } = new();

    public Operator Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await save.OpenAsync(cancellationToken), current =>
        {
            Current = current;
            Input = OperatorInput.From(Current);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.RunAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = InfoTexts.Of("Admin.Operator.TheOperatorDetailsHaveBeenSaved").Stored;
            return Redirect("/verwaltung/betreiber");
        }

        if (result.Form is { } current)
        {
            Current = current;
        }

        return this.Show(result.Outcome);
    }
}
