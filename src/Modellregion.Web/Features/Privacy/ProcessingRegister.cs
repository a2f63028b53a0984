using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Privacy;

/// <summary>The activities of the register, in order.</summary>
public sealed record RegisterView(IReadOnlyList<ProcessingActivity> Activities);

/// <summary>
/// The register of processing activities (Verzeichnis von Verarbeitungstätigkeiten, Art. 30 GDPR) as far as this
/// software is concerned: one entry per activity, contributed by the feature that processes the data, so that a
/// feature removed from an installation also leaves the register. The controller's own details (name, data
/// protection officer) are the operator's details of the imprint.
/// </summary>
public sealed class ProcessingRegister(CurrentUser currentUser, IAuthorizationService authorization, IEnumerable<ProcessingActivity> activities)
{
    public const string Path = "/verwaltung/datenschutz";

    public async Task<Result<RegisterView>> ListAsync()
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, null, PrivacyOperations.ViewRegister))
        {
            return new Outcome.Forbidden();
        }

        return new RegisterView([.. activities.OrderBy(a => a.Order)]);
    }
}
