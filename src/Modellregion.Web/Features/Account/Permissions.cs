namespace Modellregion.Web.Features.Account;

/// <summary>
/// Feature checks that have not yet become authorization handlers of their feature: Funding, Board, Transfer and
/// Projects still read these members in their pages and use cases. Each one moves into its feature's handler
/// (<c>FundingAuthorization</c>, <c>BoardAuthorization</c>, …) as described in docs/decisions/0010; when the last one
/// has moved, this class and <see cref="CurrentUser.PermissionsAsync"/> go and <see cref="Scopes"/> is all that
/// Account knows. Do not add members here: new checks are operations of a feature.
/// </summary>
public sealed class Permissions(IReadOnlyList<RoleAssignment> assignments) : Scopes(assignments)
{
    public static new readonly Permissions None = new([]);

    /// <inheritdoc cref="Scopes.Operator"/>
    public static new readonly Permissions Operator = new([new RoleAssignment { UserId = "", Role = AppRole.Administrator }]);

    /// <summary>Any role at all (now <see cref="Scopes.HasAnyRole"/>).</summary>
    public bool CanUseBackOffice => HasAnyRole;

    // Funding

    /// <summary>Grant decisions, payments and reviews of proofs: the project office and the granting authority.</summary>
    public bool CanManageFunding(int regionId) => IsOffice(regionId) || IsAuthority(regionId);

    /// <summary>Drafting and submitting fund requests and proofs: the project's lead and the project office.</summary>
    public bool CanActForProject(int regionId, int projectId) => IsOffice(regionId) || IsLead(projectId);

    public bool SeesFunding => IsAdministrator || OfficeRegions.Count > 0 || AuthorityRegions.Count > 0 || ReadsEverything || ReadRegions.Count > 0;

    /// <summary>The regions whose funding this person sees in dashboards and exports; null means all.</summary>
    public IReadOnlyCollection<int>? FundingRegions => ReadsEverything ? null : ViewRegions;

    // Projects

    public bool CanViewProject(int regionId, int projectId) => CanViewRegion(regionId) || LeadProjects.Contains(projectId);

    public bool CanEditProject(int regionId, int projectId) => IsOffice(regionId) || LeadProjects.Contains(projectId);

    public bool CanCreateProjects => IsOfficeAnywhere;

    /// <summary>Readers, the granting authority and the administration see the figures of the portfolio on their dashboard.</summary>
    public bool SeesPortfolio => ReadsEverything || ReadRegions.Count > 0 || AuthorityRegions.Count > 0;

    // Board

    /// <summary>The project office prepares the meetings of its region's Digitalboard.</summary>
    public bool CanManageBoard(int regionId) => IsOffice(regionId);

    public bool CanManageAnyBoard => IsOfficeAnywhere;

    /// <summary>Who may see a board's non-public items in the back office (board members see them in the members' area).</summary>
    public bool CanViewBoardInternals(int regionId) => CanViewRegion(regionId);

    // Transfer

    /// <summary>The transfer pipeline and catalogue of a region are kept by its project office; readers may look.</summary>
    public bool CanViewTransfer => ReadsEverything || OfficeRegions.Count > 0 || ReadRegions.Count > 0;

    public bool CanManageTransfer(int regionId) => IsOffice(regionId);

    public bool CanManageAnyTransfer => IsOfficeAnywhere;

    /// <summary>The regions whose transfer cases this person may see; null means all.</summary>
    public IReadOnlyCollection<int>? TransferRegions => ReadsEverything ? null : [.. OfficeRegions.Concat(ReadRegions).Distinct()];
}
