using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions.Admin;

public sealed class CreateModel(ManageRegions manage) : BackOfficePageModel
{
    [BindProperty]
    public RegionInput Input { get; set; } = new();

    public RegionFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "programm")] string? programme, CancellationToken cancellationToken) =>
        this.Show(await manage.OpenNewAsync(programme, cancellationToken), form =>
        {
            (Options, Input) = (form.Options, form.Input!);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await manage.CreateAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = RegionsTexts.Of("Admin.Create.TheRegionHasBeenCreatedNext").Stored;
            return Redirect("/verwaltung/regionen");
        }

        if (result.Form is { } form)
        {
            Options = form.Options;
        }

        return this.Show(result.Outcome);
    }
}
