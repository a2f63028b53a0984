using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class CreateModel(SaveProject save) : BackOfficePageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public ProjectFormOptions Options { get; private set; } = null!;

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
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = ProjectsTexts.Of("Admin.Create.TheProjectHasBeenCreated").Stored;
            return Redirect($"/verwaltung/projekte/{saved.Id}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            Options = form.Options;
        }

        return this.Show(result.Outcome);
    }
}
