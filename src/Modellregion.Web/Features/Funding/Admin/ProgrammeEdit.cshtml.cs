using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class ProgrammeEditModel(ManageProgrammes manage) : BackOfficePageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public Programme Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await manage.OpenAsync(id, cancellationToken), programme =>
        {
            Programme = programme;
            Input = ProgrammeInput.From(Programme);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await manage.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = FundingTexts.Of("Admin.ProgrammeEdit.TheFundingProgrammeHasBeenSaved").Stored;
            return Redirect($"/verwaltung/programme/{id}");
        }

        if (result.Form is { } programme)
        {
            Programme = programme;
        }

        return this.Show(result.Outcome);
    }
}
