using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

/// <summary>Check-in at the entrance: scan or type the ticket code, or find the person by name.</summary>
public sealed class CheckInModel(EventCheckIn checkIn) : BackOfficePageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public CheckInView View { get; private set; } = null!;

    /// <summary>What the last attempt answered (shown in the result box); null before the first one.</summary>
    public CheckInAnswer? Answer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await checkIn.OpenAsync(id, cancellationToken), view =>
        {
            View = view;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        Shown(await checkIn.ByCodeAsync(id, Code, cancellationToken));

    public async Task<IActionResult> OnPostRegistrationAsync(int id, int registrationId, int version, CancellationToken cancellationToken) =>
        Shown(await checkIn.ByIdAsync(id, registrationId, version, cancellationToken));

    private IActionResult Shown(Result<CheckInAnswer> result) => this.Show(result, answer =>
    {
        View = answer.View;
        Answer = answer;
        Response.StatusCode = answer.Outcome switch
        {
            Outcome.Invalid => StatusCodes.Status400BadRequest,
            Outcome.Conflict => StatusCodes.Status409Conflict,
            Outcome.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status200OK,
        };
        if (answer.Outcome is Outcome.Invalid invalid)
        {
            foreach (var (property, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(property, message.Localize(HttpContext.RequestServices));
                }
            }
        }

        // After a check-in the field is empty for the next ticket.
        if (answer.Outcome is Outcome.Saved)
        {
            ModelState.Remove(nameof(Code));
            Code = null;
        }

        return Page();
    });
}
