using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// Where a signed-in person holds which role, derived from their scoped role assignments and loaded once per request
/// (<see cref="CurrentUser.ScopesAsync"/>). Scopes know no feature: what a role may do in News, Directory, Funding …
/// is decided by that feature's authorization handlers (<c>XxxAuthorization.cs</c>), which read these scopes.
/// Generic filters (the regions someone works in, <see cref="Visible"/>) stay here because every feature shares them.
/// </summary>
public class Scopes
{
    public static readonly Scopes None = new([]);

    /// <summary>
    /// The operator at the command line: whoever can run it reaches the database directly, so it acts with the
    /// administrators' rights (set-up commands such as creating a programme, a region or a board).
    /// </summary>
    public static readonly Scopes Operator = new([new RoleAssignment { UserId = "", Role = AppRole.Administrator }]);

    public Scopes(IReadOnlyList<RoleAssignment> assignments)
    {
        Assignments = assignments;
        IsAdministrator = assignments.Any(a => a.Role == AppRole.Administrator);
        OfficeRegions = [.. assignments.Where(a => a.Role == AppRole.ProjectOffice && a.RegionId is not null).Select(a => a.RegionId!.Value)];
        LeadProjects = [.. assignments.Where(a => a.Role == AppRole.ProjectLead && a.ProjectId is not null).Select(a => a.ProjectId!.Value)];
        ReadsEverything = IsAdministrator || assignments.Any(a => a.Role == AppRole.ReadOnly && a.RegionId is null);
        ReadRegions = [.. assignments.Where(a => a.Role == AppRole.ReadOnly && a.RegionId is not null).Select(a => a.RegionId!.Value)];
        AuthorityRegions = [.. assignments.Where(a => a.Role == AppRole.GrantingAuthority && a.RegionId is not null).Select(a => a.RegionId!.Value)];
    }

    public IReadOnlyList<RoleAssignment> Assignments { get; }
    public bool IsAdministrator { get; }

    /// <summary>Administrators and readers without region see every region and project.</summary>
    public bool ReadsEverything { get; }

    public HashSet<int> OfficeRegions { get; }
    public HashSet<int> LeadProjects { get; }
    public HashSet<int> ReadRegions { get; }

    /// <summary>Regions whose grants this person administers as the granting authority (Bezirksregierung).</summary>
    public HashSet<int> AuthorityRegions { get; }

    /// <summary>Any role at all: the back office is for people with a role (policy <see cref="BackOfficePolicies.AnyRole"/>).</summary>
    public bool HasAnyRole => Assignments.Count > 0;

    /// <summary>The project office of the region, or an administrator (who acts as every region's office).</summary>
    public bool IsOffice(int regionId) => IsAdministrator || OfficeRegions.Contains(regionId);

    /// <summary>An administrator or the project office of at least one region.</summary>
    public bool IsOfficeAnywhere => IsAdministrator || OfficeRegions.Count > 0;

    /// <summary>The regions whose office this person is; null means all (administrators).</summary>
    public IReadOnlyCollection<int>? OfficeRegionsOrAll => IsAdministrator ? null : OfficeRegions;

    public bool CanViewRegion(int regionId) => ReadsEverything || OfficeRegions.Contains(regionId) || ReadRegions.Contains(regionId) || AuthorityRegions.Contains(regionId);

    /// <summary>The regions this person sees in the back office (office, reader, granting authority), without those seen through everything.</summary>
    public IReadOnlyCollection<int> ViewRegions => [.. OfficeRegions.Concat(ReadRegions).Concat(AuthorityRegions).Distinct()];

    public bool IsAuthority(int regionId) => AuthorityRegions.Contains(regionId);

    public bool IsLead(int projectId) => LeadProjects.Contains(projectId);

    /// <summary>The projects this person may see in the back office.</summary>
    public IQueryable<Project> Visible(IQueryable<Project> projects)
    {
        if (ReadsEverything)
        {
            return projects;
        }

        var regions = ViewRegions.ToList();
        var leads = LeadProjects.ToList();
        return projects.Where(p => regions.Contains(p.RegionId) || leads.Contains(p.Id));
    }
}
