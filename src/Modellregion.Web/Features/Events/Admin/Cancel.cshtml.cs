using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class CancelModel(SaveEvent save) : BackOfficePageModel
{
    [BindProperty]
    public CancelEventInput Cancel { get; set; } = new();

    public Event Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await save.OpenAsync(id, cancellationToken), form =>
        {
            Item = form.Item!;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.CancelAsync(id, Cancel, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of("Admin.Cancel.Done").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            Item = form.Item!;
        }

        return this.Show(result.Outcome, "Cancel");
    }
}
