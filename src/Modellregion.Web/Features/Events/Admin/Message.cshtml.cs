using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class MessageModel(EventMessages messages) : BackOfficePageModel
{
    [BindProperty]
    public MessageInput Input { get; set; } = new();

    public MessagesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await messages.OpenAsync(id, cancellationToken), view =>
        {
            View = view;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await messages.SendAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = EventsTexts.Of("Messages.Sent", saved.Id).Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/nachricht");
        }

        if (result.Form is { } view)
        {
            View = view;
        }

        return this.Show(result.Outcome);
    }
}
