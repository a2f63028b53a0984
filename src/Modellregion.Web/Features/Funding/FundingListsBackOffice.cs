using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding;

/// <summary>The deadlines, fund requests and proofs of all projects one may see: funding staff and project leads.</summary>
internal sealed class FundingListsBackOffice : IBackOfficeArea
{
    public int Order => 20;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Overview, "/verwaltung/fristen", "Fristen: überfällig, bald fällig, zu prüfen"),
        new(BackOfficePlace.Overview, "/verwaltung/mittelabrufe", "Mittelabrufe aller Projekte"),
        new(BackOfficePlace.Overview, "/verwaltung/nachweise", "Nachweise aller Projekte"),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, FundingOperations.ViewDeadlines);
}
