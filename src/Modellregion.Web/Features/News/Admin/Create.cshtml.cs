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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanEditAnyRegionContent)
        {
            return Forbid();
        }

        Options = await NewsFormOptions.LoadAsync(db, permissions, cancellationToken);
        Input.PublishedOn = db.Today;
        if (Options.Regions.Count == 1)
        {
            Input.RegionId = int.Parse(Options.Regions[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanEditAnyRegionContent)
        {
            return Forbid();
        }

        Options = await NewsFormOptions.LoadAsync(db, permissions, cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.CreateAsync(Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Meldung wurde gespeichert.";
            return Redirect("/verwaltung/meldungen");
        }

        return this.Show(outcome);
    }
}
