using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class RegistrationsModel(RegistrationDesk desk) : BackOfficePageModel
{
    [BindProperty(SupportsGet = true, Name = "art")]
    public TicketKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "stand")]
    public RegistrationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "suche")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public MoveUpInput MoveUp { get; set; } = new();

    public DeskView View { get; private set; } = null!;

    private DeskFilter Filter => new(Kind, Status, Query, PageNumber);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // A filter value that does not exist (e.g. a changed bookmark) shows everything rather than an error.
        ModelState.Clear();
        return this.Show(await desk.OpenAsync(id, Filter, cancellationToken), view =>
        {
            View = view;
            return Page();
        });
    }

    public async Task<IActionResult> OnPostMoveUpAsync(int id, CancellationToken cancellationToken)
    {
        var result = await desk.MoveUpAsync(id, MoveUp, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of("Desk.MovedUp").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/anmeldungen#warteliste");
        }

        if (result.Form is { } view)
        {
            View = view;
        }

        return this.Show(result.Outcome, "MoveUp");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int registrationId, int version, CancellationToken cancellationToken)
    {
        var result = await desk.CancelAsync(id, registrationId, version, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = EventsTexts.Of("Desk.Cancelled").Stored;
            return Redirect($"/verwaltung/veranstaltungen/{id}/anmeldungen");
        }

        if (result.Form is { } view)
        {
            View = view;
        }

        return this.Show(result.Outcome);
    }
}
