using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Transfer;

/// <summary>What can be done with the transfer pipeline and the catalogue of solutions in the back office.</summary>
public static class TransferOperations
{
    /// <summary>Look at the pipeline, the catalogue, reuses and failed reminders.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = "Transfer.View" };

    /// <summary>Keep solutions, documents, cases, reuses and imports of a region.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Transfer.Manage" };

    /// <summary>The pipeline and catalogue are kept by the project offices; readers may look.</summary>
    public static bool MayView(Scopes scopes) => scopes.ReadsEverything || scopes.OfficeRegions.Count > 0 || scopes.ReadRegions.Count > 0;

    /// <summary>A region's solutions and cases are kept by its project office; administrators keep every region's.</summary>
    public static bool MayManage(Scopes scopes, int regionId) => scopes.IsOffice(regionId);

    public static bool MayManageAny(Scopes scopes) => scopes.IsOfficeAnywhere;

    /// <summary>The regions whose transfer cases this person sees; null means all.</summary>
    public static IReadOnlyCollection<int>? Regions(Scopes scopes) => scopes.ReadsEverything ? null : [.. scopes.OfficeRegions.Concat(scopes.ReadRegions).Distinct()];
}

/// <summary>A solution (and everything hanging on it: cases, reuses, documents) is kept by the office of its region.</summary>
public sealed class SolutionAuthorization(IScopeSource scopes) : ScopesHandler<Solution>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [TransferOperations.Manage];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, Solution solution) =>
        TransferOperations.MayManage(scopes, solution.RegionId);
}

/// <summary>
/// Region-wide: the lists are for offices and readers (<see cref="TransferOperations.View"/>); a region's
/// catalogue is kept by its office, "some region" by any office (<see cref="TransferOperations.Manage"/>).
/// </summary>
public sealed class TransferRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [TransferOperations.View, TransferOperations.Manage];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        operation == TransferOperations.View ? TransferOperations.MayView(scopes)
        : region.RegionId is { } id ? TransferOperations.MayManage(scopes, id)
        : TransferOperations.MayManageAny(scopes);
}

/// <summary>The question a transfer use case asks before it acts, decided by the handlers above.</summary>
public sealed class TransferGate(CurrentUser currentUser, IAuthorizationService authorization)
{
    public Task<bool> AllowsAsync(Solution solution, OperationAuthorizationRequirement operation) =>
        authorization.AllowsAsync(currentUser.Principal, solution, operation);

    public Task<bool> AllowsAsync(RegionResource region, OperationAuthorizationRequirement operation) =>
        authorization.AllowsAsync(currentUser.Principal, region, operation);

    /// <summary>The scopes of the person, for lists filtered after the gate and for the flags of a view.</summary>
    public Task<Scopes> ScopesAsync(CancellationToken cancellationToken) => currentUser.ScopesAsync(cancellationToken);

    public string? UserId => currentUser.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
}
