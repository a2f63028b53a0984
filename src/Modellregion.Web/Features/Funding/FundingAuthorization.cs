using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// What can be done in funding: the programmes, the funding of one project (asked on the <see cref="Project"/>) and the
/// programme-wide pages (asked on <see cref="RegionResource.Any"/> or one region).
/// </summary>
public static class FundingOperations
{
    /// <summary>Set up funding programmes and edit them and their rules (<c>/verwaltung/programme</c>); asked without a resource.</summary>
    public static readonly OperationAuthorizationRequirement ManageProgrammes = new() { Name = "Funding.ManageProgrammes" };

    /// <summary>See a project's funding (plan, grant decisions, fund requests, proofs, documents): whoever may see the project.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = "Funding.View" };

    /// <summary>Grant decisions, payments and reviews of fund requests and proofs: the project office and the granting authority.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Funding.Manage" };

    /// <summary>Drafting and submitting fund requests and proofs: the project's lead and the project office.</summary>
    public static readonly OperationAuthorizationRequirement Act = new() { Name = "Funding.Act" };

    /// <summary>Keep the financing plan: whoever acts for the project or manages its funding.</summary>
    public static readonly OperationAuthorizationRequirement EditPlan = new() { Name = "Funding.EditPlan" };

    /// <summary>Whether a project is kept in the funding administration: the project office.</summary>
    public static readonly OperationAuthorizationRequirement Administer = new() { Name = "Funding.Administer" };

    /// <summary>The programme's money, the exports and the deadlines of a region (or, on <see cref="RegionResource.Any"/>, of some region).</summary>
    public static readonly OperationAuthorizationRequirement ViewFigures = new() { Name = "Funding.ViewFigures" };

    /// <summary>The deadlines overview: those who see funding figures, and project leads (for their projects).</summary>
    public static readonly OperationAuthorizationRequirement ViewDeadlines = new() { Name = "Funding.ViewDeadlines" };

    /// <summary>Reminders that could not be sent: the offices, the granting authority and the administration follow them up.</summary>
    public static readonly OperationAuthorizationRequirement ViewReminderFailures = new() { Name = "Funding.ViewReminderFailures" };

    /// <summary>The lists of all fund requests and proofs (each person sees those of the projects they see): any role.</summary>
    public static readonly OperationAuthorizationRequirement ViewLists = new() { Name = "Funding.ViewLists" };

    /// <summary>The regions whose funding someone sees in lists, dashboards and exports; null means all.</summary>
    public static IReadOnlyCollection<int>? Regions(Scopes scopes) => scopes.ReadsEverything ? null : scopes.ViewRegions;

    /// <summary>Who sees the funding figures of the programme at all.</summary>
    public static bool SeesFigures(Scopes scopes) =>
        scopes.IsAdministrator || scopes.OfficeRegions.Count > 0 || scopes.AuthorityRegions.Count > 0 || scopes.ReadsEverything || scopes.ReadRegions.Count > 0;

    public static bool MayManage(Scopes scopes, int regionId) => scopes.IsOffice(regionId) || scopes.IsAuthority(regionId);

    public static bool MayAct(Scopes scopes, int regionId, int projectId) => scopes.IsOffice(regionId) || scopes.IsLead(projectId);

    /// <summary>Which roles this person holds for the steps of a project's lifecycle.</summary>
    public static StageActors ActorsOf(Scopes scopes, int regionId, int projectId) =>
        (scopes.IsOffice(regionId) ? StageActors.Office : StageActors.None)
        | (scopes.IsLead(projectId) ? StageActors.Lead : StageActors.None)
        | (scopes.IsAuthority(regionId) ? StageActors.Authority : StageActors.None);
}

/// <summary>Programmes and their rules are kept by the administrators (at the command line: the operator).</summary>
public sealed class ProgrammesAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [FundingOperations.ManageProgrammes];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.IsAdministrator;
}

/// <summary>Decides the funding operations on one project.</summary>
public sealed class ProjectFundingAuthorization(IScopeSource scopes) : ScopesHandler<Project>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } =
        [FundingOperations.View, FundingOperations.Manage, FundingOperations.Act, FundingOperations.EditPlan, FundingOperations.Administer];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, Project project)
    {
        var (regionId, projectId) = (project.RegionId, project.Id);
        return operation == FundingOperations.View ? ProjectsOperations.MayView(scopes, regionId, projectId)
            : operation == FundingOperations.Manage ? FundingOperations.MayManage(scopes, regionId)
            : operation == FundingOperations.Act ? FundingOperations.MayAct(scopes, regionId, projectId)
            : operation == FundingOperations.EditPlan ? FundingOperations.MayAct(scopes, regionId, projectId) || FundingOperations.MayManage(scopes, regionId)
            : scopes.IsOffice(regionId);
    }
}

/// <summary>Decides the programme-wide funding pages, for some region (<see cref="RegionResource.Any"/>) or one.</summary>
public sealed class FundingRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } =
        [FundingOperations.ViewFigures, FundingOperations.ViewDeadlines, FundingOperations.ViewReminderFailures, FundingOperations.ViewLists];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        operation == FundingOperations.ViewFigures ? (region.RegionId is { } id ? scopes.CanViewRegion(id) : FundingOperations.SeesFigures(scopes))
        : operation == FundingOperations.ViewDeadlines ? FundingOperations.SeesFigures(scopes) || scopes.LeadProjects.Count > 0
        : operation == FundingOperations.ViewReminderFailures ? ReminderFailures.MaySee(scopes)
        : scopes.HasAnyRole;
}
