using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class ProgrammeModel(ManageSessions sessions) : BackOfficePageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public SessionsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? punkt, CancellationToken cancellationToken) =>
        this.Show(await sessions.OpenAsync(id, punkt, cancellationToken), view =>
        {
            View = view;
            Input = view.Editing is { } editing ? SessionInput.From(editing, view.EditingSolutions) : new SessionInput { Date = view.FirstDay };
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, int? punkt, CancellationToken cancellationToken)
    {
        var result = await sessions.SaveAsync(id, punkt, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of("Admin.Programme.Saved").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/programm");
        }

        if (result.Form is { } view)
        {
            View = view;
        }

        return this.Show(result.Outcome);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int punkt, CancellationToken cancellationToken)
    {
        var outcome = await sessions.DeleteAsync(id, punkt, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of("Admin.Programme.Deleted").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/programm");
        }

        return this.Show(outcome);
    }
}
