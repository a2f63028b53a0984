using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Events;

/// <summary>Events in the back office: for the offices that hold them.</summary>
internal sealed class EventsBackOffice : IBackOfficeArea
{
    public int Order => 55;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/veranstaltungen", EventsTexts.Of("BackOffice.Bar")),
        new(BackOfficePlace.Overview, "/verwaltung/veranstaltungen", EventsTexts.Of("BackOffice.Overview")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, EventsOperations.Manage);
}
