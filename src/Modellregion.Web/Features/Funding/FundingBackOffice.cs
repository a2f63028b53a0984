using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding;

/// <summary>Deadlines and finances of the programme: the project offices, the granting authority and readers.</summary>
internal sealed class FundingBackOffice : IBackOfficeArea
{
    public int Order => 30;

    public IReadOnlyList<BackOfficeLink> Links { get; } =
    [
        new(BackOfficePlace.Bar, "/verwaltung/fristen", "Fristen"),
        new(BackOfficePlace.Bar, "/verwaltung/finanzen", "Finanzen"),
        new(BackOfficePlace.Overview, "/verwaltung/finanzen", "Finanzen und Export für die Bewilligungsbehörde"),
    ];

    /// <summary>Funding staff: administrators, project offices, the granting authority and readers.</summary>
    public async Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization) =>
        await authorization.AllowsAsync(user, RegionResource.Any, FundingOperations.ViewFigures);
}
