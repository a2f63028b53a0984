using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News.Admin;

public sealed class EditModel(AppDbContext db, SaveNewsItem save) : BackOfficePageModel
{
    [BindProperty]
    public NewsInput Input { get; set; } = new();

    public NewsFormOptions Options { get; private set; } = null!;
    public NewsItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = NewsInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await save.UpdateAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Meldung wurde gespeichert.";
            return Redirect("/verwaltung/meldungen");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.News.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var permissions = await PermissionsAsync();
        if (!permissions.CanEditRegionContent(item.RegionId))
        {
            return Forbid();
        }

        Item = item;
        Options = await NewsFormOptions.LoadAsync(db, permissions, cancellationToken);
        return null;
    }
}
