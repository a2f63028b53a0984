using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// What a signed-in person may see and do in the back office, derived from their scoped roles.
/// Administrators may do everything; the project office edits the projects, organisations and news of its
/// region; a project lead edits only his projects; read-only users see but change nothing.
/// </summary>
public sealed class Permissions
{
    public static readonly Permissions None = new([]);

    /// <summary>
    /// The operator at the command line: whoever can run it reaches the database directly, so it acts with the
    /// administrators' rights (set-up commands such as creating a programme, a region or a board).
    /// </summary>
    public static readonly Permissions Operator = new([new RoleAssignment { UserId = "", Role = AppRole.Administrator }]);

    private readonly IReadOnlyList<RoleAssignment> _assignments;

    public Permissions(IReadOnlyList<RoleAssignment> assignments)
    {
        _assignments = assignments;
        IsAdministrator = assignments.Any(a => a.Role == AppRole.Administrator);
        OfficeRegions = [.. assignments.Where(a => a.Role == AppRole.ProjectOffice && a.RegionId is not null).Select(a => a.RegionId!.Value)];
        LeadProjects = [.. assignments.Where(a => a.Role == AppRole.ProjectLead && a.ProjectId is not null).Select(a => a.ProjectId!.Value)];
        ReadsEverything = IsAdministrator || assignments.Any(a => a.Role == AppRole.ReadOnly && a.RegionId is null);
        ReadRegions = [.. assignments.Where(a => a.Role == AppRole.ReadOnly && a.RegionId is not null).Select(a => a.RegionId!.Value)];
        AuthorityRegions = [.. assignments.Where(a => a.Role == AppRole.GrantingAuthority && a.RegionId is not null).Select(a => a.RegionId!.Value)];
    }

    public IReadOnlyList<RoleAssignment> Assignments => _assignments;
    public bool IsAdministrator { get; }
    public bool ReadsEverything { get; }
    public HashSet<int> OfficeRegions { get; }
    public HashSet<int> LeadProjects { get; }
    public HashSet<int> ReadRegions { get; }

    /// <summary>Regions whose grants this person administers as the granting authority (Bezirksregierung).</summary>
    public HashSet<int> AuthorityRegions { get; }

    public bool CanUseBackOffice => _assignments.Count > 0;

    public bool IsOffice(int regionId) => IsAdministrator || OfficeRegions.Contains(regionId);

    public bool CanViewRegion(int regionId) => ReadsEverything || OfficeRegions.Contains(regionId) || ReadRegions.Contains(regionId) || AuthorityRegions.Contains(regionId);

    public bool IsAuthority(int regionId) => AuthorityRegions.Contains(regionId);

    public bool IsLead(int projectId) => LeadProjects.Contains(projectId);

    /// <summary>Grant decisions, payments and reviews of proofs: the project office and the granting authority.</summary>
    public bool CanManageFunding(int regionId) => IsOffice(regionId) || IsAuthority(regionId);

    /// <summary>Drafting and submitting fund requests and proofs: the project's lead and the project office.</summary>
    public bool CanActForProject(int regionId, int projectId) => IsOffice(regionId) || IsLead(projectId);

    public bool SeesFunding => IsAdministrator || OfficeRegions.Count > 0 || AuthorityRegions.Count > 0 || ReadsEverything || ReadRegions.Count > 0;

    public bool CanViewProject(int regionId, int projectId) => CanViewRegion(regionId) || LeadProjects.Contains(projectId);

    public bool CanEditProject(int regionId, int projectId) => IsOffice(regionId) || LeadProjects.Contains(projectId);

    public bool CanCreateProjects => IsAdministrator || OfficeRegions.Count > 0;

    /// <summary>Organisations and news of a region are kept by its project office.</summary>
    public bool CanEditRegionContent(int? regionId) => IsAdministrator || (regionId is { } id && OfficeRegions.Contains(id));

    public bool CanEditAnyRegionContent => IsAdministrator || OfficeRegions.Count > 0;

    /// <summary>
    /// The audit viewer is for administrators and the project offices (their region). Readers and the granting
    /// authority see the history of the projects they may read, on each project.
    /// </summary>
    public bool CanViewAudit => IsAdministrator || OfficeRegions.Count > 0;

    public bool CanManageUsers => IsAdministrator;

    /// <summary>The project office prepares the meetings of its region's Digitalboard.</summary>
    public bool CanManageBoard(int regionId) => IsOffice(regionId);

    public bool CanManageAnyBoard => IsAdministrator || OfficeRegions.Count > 0;

    /// <summary>Who may see a board's non-public items in the back office (board members see them in the members' area).</summary>
    public bool CanViewBoardInternals(int regionId) => CanViewRegion(regionId);

    /// <summary>The transfer pipeline and catalogue of a region are kept by its project office; readers may look.</summary>
    public bool CanViewTransfer => ReadsEverything || OfficeRegions.Count > 0 || ReadRegions.Count > 0;

    public bool CanManageTransfer(int regionId) => IsOffice(regionId);

    public bool CanManageAnyTransfer => IsAdministrator || OfficeRegions.Count > 0;

    /// <summary>The regions whose transfer cases this person may see; null means all.</summary>
    public IReadOnlyCollection<int>? TransferRegions => ReadsEverything ? null : [.. OfficeRegions.Concat(ReadRegions).Distinct()];

    /// <summary>The projects this person may see in the back office.</summary>
    public IQueryable<Project> Visible(IQueryable<Project> projects)
    {
        if (ReadsEverything)
        {
            return projects;
        }

        var regions = OfficeRegions.Concat(ReadRegions).Concat(AuthorityRegions).ToList();
        var leads = LeadProjects.ToList();
        return projects.Where(p => regions.Contains(p.RegionId) || leads.Contains(p.Id));
    }

    /// <summary>Readers, the granting authority and the administration see the figures of the portfolio on their dashboard.</summary>
    public bool SeesPortfolio => ReadsEverything || ReadRegions.Count > 0 || AuthorityRegions.Count > 0;

    /// <summary>The regions whose funding this person sees in dashboards and exports; null means all.</summary>
    public IReadOnlyCollection<int>? FundingRegions => ReadsEverything ? null : [.. OfficeRegions.Concat(ReadRegions).Concat(AuthorityRegions).Distinct()];

    /// <summary>The regions whose content (organisations, news) this person may edit; null means all.</summary>
    public IReadOnlyCollection<int>? EditableRegions => IsAdministrator ? null : OfficeRegions;
}
