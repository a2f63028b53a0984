using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class ParticipantsModel(RegistrationDesk desk) : BackOfficePageModel
{
    public ParticipantsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await desk.ParticipantsAsync(id, onSiteOnly: false, cancellationToken), view =>
        {
            View = view;
            return Page();
        });
}
