using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Info;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Web.Features.Administration;

/// <summary>Which areas of the back office the person may open: the links of the navigation bar and of the overview.</summary>
public sealed record AreaAccess(
    bool HasAnyRole,
    bool CreateProjects,
    bool FundingLists,
    bool Funding,
    bool Directory,
    bool News,
    bool Board,
    bool Transfer,
    bool Audit,
    bool Users,
    bool ProgrammeRules,
    bool SetUp)
{
    public static readonly AreaAccess None = new(false, false, false, false, false, false, false, false, false, false, false, false);
}

/// <summary>
/// The areas the person of this request may open, asked once per request from the features' handlers (for the
/// layout's navigation and the overview alike), so a link is shown exactly where its page lets the person in.
/// </summary>
public sealed class BackOfficeAreas(CurrentUser currentUser, IAuthorizationService authorization)
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
        async Task<bool> May(object? resource, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation) =>
            await authorization.AllowsAsync(user, resource, operation);

        // Funding, Projects, Board and Transfer still keep their checks in Permissions (docs/decisions/0010).
        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        var programmes = await May(null, FundingOperations.ManageProgrammes);
        return _access = new AreaAccess(
            HasAnyRole: permissions.HasAnyRole,
            CreateProjects: permissions.CanCreateProjects,
            FundingLists: permissions.SeesFunding || permissions.LeadProjects.Count > 0,
            Funding: permissions.SeesFunding,
            Directory: await May(RegionResource.Any, DirectoryOperations.Edit),
            News: await May(RegionResource.Any, NewsOperations.Write),
            Board: permissions.CanManageAnyBoard,
            Transfer: permissions.CanViewTransfer,
            Audit: await May(null, AuditOperations.View),
            Users: await May(null, AccountOperations.ManageUsers),
            ProgrammeRules: programmes,
            SetUp: programmes || await May(null, RegionsOperations.Manage) || await May(null, InfoOperations.EditOperator));
    }
}
