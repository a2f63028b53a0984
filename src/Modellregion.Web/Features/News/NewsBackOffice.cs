using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.News;

/// <summary>Writing news: who may write in some region.</summary>
internal sealed class NewsBackOffice : IBackOfficeArea
{
    public int Order => 50;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/meldungen", NewsTexts.Of("BackOffice.Bar")),
        new(BackOfficePlace.Overview, "/verwaltung/meldungen", NewsTexts.Of("BackOffice.Overview")),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, NewsOperations.Write);
}
