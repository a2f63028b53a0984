using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Privacy;

/// <summary>Data protection: the register for the offices, access and erasure for the administrators.</summary>
internal sealed class PrivacyBackOffice : IBackOfficeArea
{
    public int Order => 92;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Overview, ProcessingRegister.Path, PrivacyTexts.Of("BackOffice.Register")),
        new(BackOfficePlace.Overview, PersonalDataRequests.Path, PrivacyTexts.Of("BackOffice.Requests")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, null, PrivacyOperations.ViewRegister);
}
