using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Board;

/// <summary>What can be done with the Digitalboard of a region.</summary>
public static class BoardOperations
{
    /// <summary>Prepare a board's work: meetings, agendas, papers and files, members, resolutions, working groups.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Board.Manage" };

    /// <summary>Set up a region's Digitalboard (asked without a resource).</summary>
    public static readonly OperationAuthorizationRequirement Create = new() { Name = "Board.Create" };

    /// <summary>See a board's non-public meetings, papers and files (members' area).</summary>
    public static readonly OperationAuthorizationRequirement ViewInternals = new() { Name = "Board.ViewInternals" };

    /// <summary>The project office prepares the meetings of its region's boards; administrators those of every region.</summary>
    public static bool MayManage(Scopes scopes, int regionId) => scopes.IsOffice(regionId);

    /// <summary>Offices and administrators keep boards somewhere.</summary>
    public static bool MayManageAny(Scopes scopes) => scopes.IsOfficeAnywhere;

    /// <summary>Who sees a board's non-public items through a role (board members see them through their seat).</summary>
    public static bool MayViewInternals(Scopes scopes, int regionId) => scopes.CanViewRegion(regionId);
}

/// <summary>A board is kept by the office of its region; its internals are seen by the roles of the region.</summary>
public sealed class BoardRoleAuthorization(IScopeSource scopes) : ScopesHandler<Board>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [BoardOperations.Manage, BoardOperations.ViewInternals];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, Board board) =>
        operation == BoardOperations.Manage ? BoardOperations.MayManage(scopes, board.RegionId) : BoardOperations.MayViewInternals(scopes, board.RegionId);
}

/// <summary>
/// A member of a board sees its internals through the seat linked to the account (no role needed); the seat is
/// read from the database when asked.
/// </summary>
public sealed class BoardSeatAuthorization(AppDbContext db) : AuthorizationHandler<OperationAuthorizationRequirement, Board>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Board board)
    {
        if (requirement == BoardOperations.ViewInternals && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && await db.BoardMemberships.AsNoTracking().AnyAsync(m => m.UserId == userId && m.BoardId == board.Id && m.DeletedAt == null))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The list of boards is for whoever keeps a board somewhere; the members' area for everyone signed in.</summary>
public sealed class BoardRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [BoardOperations.Manage];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        region.RegionId is { } id ? BoardOperations.MayManage(scopes, id) : BoardOperations.MayManageAny(scopes);
}

/// <summary>A region's Digitalboard is set up by the administration (also the operator at the command line).</summary>
public sealed class BoardSetupAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [BoardOperations.Create];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.IsAdministrator;
}

/// <summary>
/// The question a board use case asks before it acts: whether the signed-in person (or the operator at the command
/// line) may do the operation on the board, decided by the handlers above.
/// </summary>
public sealed class BoardGate(CurrentUser currentUser, IAuthorizationService authorization)
{
    public Task<bool> AllowsAsync(Board board, OperationAuthorizationRequirement operation) =>
        authorization.AllowsAsync(currentUser.Principal, board, operation);

    public Task<bool> AllowsAsync(RegionResource region, OperationAuthorizationRequirement operation) =>
        authorization.AllowsAsync(currentUser.Principal, region, operation);

    /// <summary>Operations on the installation as a whole (<see cref="BoardOperations.Create"/>).</summary>
    public Task<bool> AllowsAsync(OperationAuthorizationRequirement operation) =>
        authorization.AllowsAsync(currentUser.Principal, null, operation);

    /// <summary>The scopes of the person, for the lists filtered after the gate.</summary>
    public Task<Scopes> ScopesAsync(CancellationToken cancellationToken) => currentUser.ScopesAsync(cancellationToken);

    public string? UserId => currentUser.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
}
