using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News.Admin;

public sealed class CreateModel(AppDbContext db, SaveNewsItem save) : BackOfficePageModel
{
    [BindProperty]
    public NewsInput Input { get; set; } = new();

    public NewsFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await save.OpenNewAsync(cancellationToken), form =>
        {
            Options = form.Options;
            Input.PublishedOn = db.Today;
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
            Notice = NewsTexts.Of("Common.TheNewsItemHasBeenSaved").Stored;
            return Redirect("/verwaltung/meldungen");
        }

        if (result.Form is { } form)
        {
            Options = form.Options;
        }

        return this.Show(result.Outcome);
    }
}
