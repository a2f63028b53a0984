using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class EditModel(SaveEvent save) : BackOfficePageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public EventFormOptions Options { get; private set; } = null!;
    public Event Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await save.OpenAsync(id, cancellationToken), form =>
        {
            (Options, Item) = (form.Options, form.Item!);
            Input = EventInput.From(Item);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of("Admin.Saved").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            (Options, Item) = (form.Options, form.Item!);
        }

        return this.Show(result.Outcome);
    }
}
