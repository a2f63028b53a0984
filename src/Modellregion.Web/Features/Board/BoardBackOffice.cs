using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Board;

/// <summary>Preparing the Digitalboard's meetings: the project offices.</summary>
internal sealed class BoardBackOffice : IBackOfficeArea
{
    public int Order => 60;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Overview, "/verwaltung/digitalboard", "Digitalboard: Sitzungen, Vorlagen, Beschlüsse"),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, BoardOperations.Manage);
}
