using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News.Admin;

public sealed class EditModel(SaveNewsItem save) : BackOfficePageModel
{
    [BindProperty]
    public NewsInput Input { get; set; } = new();

    public NewsFormOptions Options { get; private set; } = null!;
    public NewsItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await save.OpenAsync(id, cancellationToken), form =>
        {
            (Options, Item) = (form.Options, form.Item!);
            Input = NewsInput.From(Item);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = NewsTexts.Of("Common.TheNewsItemHasBeenSaved").Stored;
            return Redirect("/verwaltung/meldungen");
        }

        if (result.Form is { } form)
        {
            (Options, Item) = (form.Options, form.Item!);
        }

        return this.Show(result.Outcome);
    }
}
