using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

/// <summary>Creating projects: the project offices.</summary>
internal sealed class ProjectsBackOffice : IBackOfficeArea
{
    public int Order => 10;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Overview, "/verwaltung/projekte/neu", "Neues Projekt anlegen"),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, ProjectsOperations.Create);
}
