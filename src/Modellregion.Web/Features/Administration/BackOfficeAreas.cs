using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Info;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Administration;

/// <summary>Which areas of the back office the person may open: the links of the navigation bar and of the overview.</summary>
public sealed record AreaAccess(bool HasAnyRole, bool SetUp, IReadOnlyList<BackOfficeLink> Links)
{
    public static readonly AreaAccess None = new(false, false, []);

    public IEnumerable<BackOfficeLink> In(BackOfficePlace place) => Links.Where(l => l.Place == place);
}

/// <summary>
/// The areas the person of this request may open, asked once per request from the features' contributions
/// (<see cref="IBackOfficeArea"/>, for the layout's navigation and the overview alike), so a link is shown exactly
/// where its page lets the person in.
/// </summary>
public sealed class BackOfficeAreas(CurrentUser currentUser, IAuthorizationService authorization, IEnumerable<IBackOfficeArea> areas)
{
    private AreaAccess? _access;

    public async Task<AreaAccess> ForCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        if (_access is not null)
        {
            return _access;
        }

        if (!currentUser.IsAuthenticated)
        {
            return _access = AreaAccess.None;
        }

        var user = currentUser.Principal;
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var links = new List<BackOfficeLink>();
        foreach (var area in areas.OrderBy(a => a.Order))
        {
            if (await area.IsOpenAsync(user, scopes, authorization))
            {
                links.AddRange(area.Links);
            }
        }

        // Setting up programmes, regions and the operator's details: the core of every installation.
        var setUp = await authorization.AllowsAsync(user, null, FundingOperations.ManageProgrammes)
                    || await authorization.AllowsAsync(user, null, RegionsOperations.Manage)
                    || await authorization.AllowsAsync(user, null, InfoOperations.EditOperator);
        return _access = new AreaAccess(scopes.HasAnyRole, setUp, links);
    }
}
