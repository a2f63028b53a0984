using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Audit;

/// <summary>The audit trail: who may view it.</summary>
internal sealed class AuditBackOffice : IBackOfficeArea
{
    public int Order => 80;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/protokoll", AuditTexts.Of("BackOffice.Bar")),
        new(BackOfficePlace.Overview, "/verwaltung/protokoll", AuditTexts.Of("BackOffice.Bar")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, null, AuditOperations.View);
}
