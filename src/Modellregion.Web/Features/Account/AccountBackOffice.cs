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

/// <summary>One's own access tokens for the write API: every person with a role.</summary>
internal sealed class AccessTokensBackOffice : IBackOfficeArea
{
    public int Order => 95;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Overview, "/verwaltung/konto/zugangstoken", AccountTexts.Of("BackOffice.AccessTokens")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, null, AccessTokenOperations.Create);
}

/// <summary>One's own second factor: every person with a role.</summary>
internal sealed class SecondFactorBackOffice : IBackOfficeArea
{
    public int Order => 96;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Overview, SecondFactorClaims.SetupPath, AccountTexts.Of("BackOffice.SecondFactor")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, null, SecondFactorOperations.Manage);
}
