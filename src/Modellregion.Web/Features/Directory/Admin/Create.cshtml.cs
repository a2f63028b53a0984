using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed class CreateModel(SaveOrganisation save) : BackOfficePageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public OrganisationFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await save.OpenNewAsync(cancellationToken), form =>
        {
            Options = form.Options;
            if (Options.Regions.Count == 1)
            {
                Input.RegionId = int.Parse(Options.Regions[0].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = DirectoryTexts.Of("Admin.Create.TheOrganisationHasBeenCreated").Stored;
            return Redirect("/verwaltung/akteure");
        }

        if (result.Form is { } form)
        {
            Options = form.Options;
        }

        return this.Show(result.Outcome);
    }
}
