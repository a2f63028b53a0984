using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class ProgrammeCreateModel(ManageProgrammes manage) : BackOfficePageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    [BindProperty]
    public RulesInput Rules { get; set; } = RulesInput.Defaults();

    public async Task<IActionResult> OnGetAsync() =>
        this.Show(await manage.OpenNewAsync(), rules =>
        {
            Rules = rules;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await manage.CreateAsync(Input, Rules, ModelState.IsValid, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = FundingTexts.Of("Admin.ProgrammeCreate.TheFundingProgrammeHasBeenCreated").Stored;
            return Redirect("/verwaltung/programme");
        }

        // Messages on the rules keep their own prefix; all others belong to the programme's fields.
        return this.Show(outcome is Outcome.Invalid invalid
            ? new Outcome.Invalid(invalid.Errors.ToDictionary(e => e.Key.StartsWith("Rules.", StringComparison.Ordinal) || e.Key.Length == 0 ? e.Key : "Input." + e.Key, e => e.Value))
            : outcome, "");
    }
}
