using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// The signed-in person of this request and their permissions, read once per request from the database. At the
/// command line (<see cref="CommandLineActor"/>) it is the operator, with the administrators' rights.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, AppDbContext db, ICurrentActor? actor = null)
{
    private Permissions? _permissions;

    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;
    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public async Task<Permissions> PermissionsAsync(CancellationToken cancellationToken = default)
    {
        if (_permissions is not null)
        {
            return _permissions;
        }

        if (Id is not { } id)
        {
            return _permissions = accessor.HttpContext is null && actor is CommandLineActor ? Permissions.Operator : Permissions.None;
        }

        var assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == id).ToListAsync(cancellationToken);
        return _permissions = new Permissions(assignments);
    }
}
