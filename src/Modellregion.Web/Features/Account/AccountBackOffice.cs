using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Account;

/// <summary>Users and roles: the administration.</summary>
internal sealed class AccountBackOffice : IBackOfficeArea
{
    public int Order => 90;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/benutzer", AccountTexts.Of("BackOffice.Bar")),
        new(BackOfficePlace.Overview, "/verwaltung/benutzer", AccountTexts.Of("BackOffice.Overview")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, null, AccountOperations.ManageUsers);
}
