using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding;

/// <summary>The rules of the funding programme: who may manage programmes.</summary>
internal sealed class ProgrammeRulesBackOffice : IBackOfficeArea
{
    public int Order => 100;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/programm", "Programmregeln"),
        new(BackOfficePlace.Overview, "/verwaltung/programm", "Regeln des Förderprogramms"),
    ];

    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, null, FundingOperations.ManageProgrammes);
}
