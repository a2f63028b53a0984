using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class CreateSolutionModel(SolutionForms forms, SaveSolution save) : BackOfficePageModel
{
    [BindProperty]
    public SolutionInput Input { get; set; } = new();

    public SolutionFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await forms.OpenNewAsync(cancellationToken), form =>
        {
            (Options, Input.RegionId) = (form.Options, form.Input.RegionId);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = TransferTexts.Of("Admin.CreateSolution.TheSolutionWasCreated").Stored;
            return Redirect($"/verwaltung/transfer/loesungen/{saved.Id.ToString(CultureInfo.InvariantCulture)}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            Options = form.Options;
        }

        return this.Show(result.Outcome);
    }
}
