using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Shared;

/// <summary>Where a back-office link appears: the navigation bar, or the list of areas on the overview.</summary>
public enum BackOfficePlace
{
    Bar,
    Overview,
}

/// <summary>A link into a feature's back office; its label is a text of the feature (shown in the interface language).</summary>
public sealed record BackOfficeLink(BackOfficePlace Place, string Href, Message Label);

/// <summary>
/// An area of the back office a feature contributes (Akteure, Meldungen, Transfer …): its links in the navigation
/// bar and on the overview, shown to whom the feature's own rules let in. Registered in the feature's
/// <c>XxxFeature.cs</c>; the shell knows no feature.
/// </summary>
public interface IBackOfficeArea
{
    /// <summary>Position in the bar and in the overview's list.</summary>
    int Order { get; }

    IReadOnlyList<BackOfficeLink> Links { get; }

    /// <summary>Whether the person may open the area (asked once per request; display, not the gate).</summary>
    Task<bool> IsOpenAsync(ClaimsPrincipal user, Scopes scopes, IAuthorizationService authorization);
}
