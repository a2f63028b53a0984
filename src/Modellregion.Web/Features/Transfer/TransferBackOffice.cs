using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The transfer pipeline and catalogue: the project offices and readers.</summary>
internal sealed class TransferBackOffice : IBackOfficeArea
{
    public int Order => 70;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/transfer", "Transfer"),
        new(BackOfficePlace.Overview, "/verwaltung/transfer", "Transfer und Nachnutzung"),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, TransferOperations.View);
}
