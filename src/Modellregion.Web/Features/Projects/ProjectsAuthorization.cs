using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Projects;

/// <summary>What can be done with projects in the back office.</summary>
public static class ProjectsOperations
{
    /// <summary>See a project in the back office (its tabs, its history): whoever sees its region, and its lead.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = "Projects.View" };

    /// <summary>Edit a project's content, milestones, partners and places: the project office of its region and its lead.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = "Projects.Edit" };

    /// <summary>
    /// What only the project office decides about a project (its region, its publication); asked on a project, or on
    /// <see cref="RegionResource.Of"/> for the region it is to move to.
    /// </summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Projects.Manage" };

    /// <summary>Create projects: in a region by its office; on <see cref="RegionResource.Any"/> by any office.</summary>
    public static readonly OperationAuthorizationRequirement Create = new() { Name = "Projects.Create" };

    /// <summary>
    /// Edit milestones as a table (download, upload, confirm) for the projects one may <see cref="Edit"/>: any project
    /// office and any project lead; asked on <see cref="RegionResource.Any"/>. Each row is still decided by <see cref="Edit"/>.
    /// </summary>
    public static readonly OperationAuthorizationRequirement EditMilestoneTable = new() { Name = "Projects.EditMilestoneTable" };

    /// <summary>The back-office list of projects (each person sees the projects of their scopes); asked on <see cref="RegionResource.Any"/>.</summary>
    public static readonly OperationAuthorizationRequirement List = new() { Name = "Projects.List" };

    /// <summary>
    /// The figures of the portfolio on the dashboard: readers, the granting authority and the administration; asked on
    /// <see cref="RegionResource.Any"/>.
    /// </summary>
    public static readonly OperationAuthorizationRequirement ViewPortfolio = new() { Name = "Projects.ViewPortfolio" };

    /// <summary>Whoever sees the project's region, and the project's lead.</summary>
    public static bool MayView(Scopes scopes, int regionId, int projectId) => scopes.CanViewRegion(regionId) || scopes.IsLead(projectId);

    /// <summary>Projects of a region are created, moved there and published by its project office.</summary>
    public static bool MayManageIn(Scopes scopes, int regionId) => scopes.IsOffice(regionId);

    /// <summary>The project office of the project's region, and the project's lead.</summary>
    public static bool MayEdit(Scopes scopes, int regionId, int projectId) => scopes.IsOffice(regionId) || scopes.IsLead(projectId);
}

/// <summary>Decides <see cref="ProjectsOperations"/> on one project.</summary>
public sealed class ProjectAuthorization(IScopeSource scopes) : ScopesHandler<Project>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } =
        [ProjectsOperations.View, ProjectsOperations.Edit, ProjectsOperations.Manage];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, Project project) =>
        operation == ProjectsOperations.View ? ProjectsOperations.MayView(scopes, project.RegionId, project.Id)
        : operation == ProjectsOperations.Edit ? ProjectsOperations.MayEdit(scopes, project.RegionId, project.Id)
        : ProjectsOperations.MayManageIn(scopes, project.RegionId);
}

/// <summary>Decides <see cref="ProjectsOperations"/> on a region (creating there, moving a project there) or on the list.</summary>
public sealed class ProjectsRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } =
        [ProjectsOperations.Create, ProjectsOperations.Manage, ProjectsOperations.List, ProjectsOperations.ViewPortfolio, ProjectsOperations.EditMilestoneTable];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        operation == ProjectsOperations.List ? scopes.HasAnyRole
        : operation == ProjectsOperations.EditMilestoneTable ? scopes.IsOfficeAnywhere || scopes.LeadProjects.Count > 0
        : operation == ProjectsOperations.ViewPortfolio ? scopes.ReadsEverything || scopes.ReadRegions.Count > 0 || scopes.AuthorityRegions.Count > 0
        : region.RegionId is { } id ? ProjectsOperations.MayManageIn(scopes, id)
        : scopes.IsOfficeAnywhere;
}
