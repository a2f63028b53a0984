using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class CreateModel(SaveEvent save) : BackOfficePageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public EventFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await save.OpenNewAsync(cancellationToken), form =>
        {
            Options = form.Options;
            if (Options.Regions.Count == 1 && !Options.MayChooseWholeProgramme)
            {
                Input.RegionId = int.Parse(Options.Regions[0].Value, CultureInfo.InvariantCulture);
            }

            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = EventsTexts.Of("Admin.Saved").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{saved.Id}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            Options = form.Options;
        }

        return this.Show(result.Outcome);
    }
}
