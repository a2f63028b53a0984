using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Directory;

/// <summary>Keeping organisations: who may edit them in some region.</summary>
internal sealed class DirectoryBackOffice : IBackOfficeArea
{
    public int Order => 40;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/akteure", DirectoryTexts.Of("BackOffice.Bar")),
        new(BackOfficePlace.Overview, "/verwaltung/akteure", DirectoryTexts.Of("BackOffice.Overview")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, DirectoryOperations.Edit);
}
