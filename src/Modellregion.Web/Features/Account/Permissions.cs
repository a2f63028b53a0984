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

    private readonly IReadOnlyList<RoleAssignment> _assignments;

    public Permissions(IReadOnlyList<RoleAssignment> assignments)
    {
        _assignments = assignments;
        IsAdministrator = assignments.Any(a => a.Role == AppRole.Administrator);
        OfficeRegions = [.. assignments.Where(a => a.Role == AppRole.ProjectOffice && a.RegionId is not null).Select(a => a.RegionId!.Value)];
        LeadProjects = [.. assignments.Where(a => a.Role == AppRole.ProjectLead && a.ProjectId is not null).Select(a => a.ProjectId!.Value)];
        ReadsEverything = IsAdministrator || assignments.Any(a => a.Role == AppRole.ReadOnly && a.RegionId is null);
        ReadRegions = [.. assignments.Where(a => a.Role == AppRole.ReadOnly && a.RegionId is not null).Select(a => a.RegionId!.Value)];
    }

    public IReadOnlyList<RoleAssignment> Assignments => _assignments;
    public bool IsAdministrator { get; }
    public bool ReadsEverything { get; }
    public HashSet<int> OfficeRegions { get; }
    public HashSet<int> LeadProjects { get; }
    public HashSet<int> ReadRegions { get; }

    public bool CanUseBackOffice => _assignments.Count > 0;

    public bool IsOffice(int regionId) => IsAdministrator || OfficeRegions.Contains(regionId);

    public bool CanViewRegion(int regionId) => ReadsEverything || OfficeRegions.Contains(regionId) || ReadRegions.Contains(regionId);

    public bool CanViewProject(int regionId, int projectId) => CanViewRegion(regionId) || LeadProjects.Contains(projectId);

    public bool CanEditProject(int regionId, int projectId) => IsOffice(regionId) || LeadProjects.Contains(projectId);

    public bool CanCreateProjects => IsAdministrator || OfficeRegions.Count > 0;

    /// <summary>Organisations and news of a region are kept by its project office.</summary>
    public bool CanEditRegionContent(int? regionId) => IsAdministrator || (regionId is { } id && OfficeRegions.Contains(id));

    public bool CanEditAnyRegionContent => IsAdministrator || OfficeRegions.Count > 0;

    public bool CanViewAudit => IsAdministrator || OfficeRegions.Count > 0 || ReadsEverything || ReadRegions.Count > 0;

    public bool CanManageUsers => IsAdministrator;

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

        var regions = OfficeRegions.Concat(ReadRegions).ToList();
        var leads = LeadProjects.ToList();
        return projects.Where(p => regions.Contains(p.RegionId) || leads.Contains(p.Id));
    }

    /// <summary>The regions whose content (organisations, news) this person may edit; null means all.</summary>
    public IReadOnlyCollection<int>? EditableRegions => IsAdministrator ? null : OfficeRegions;
}
