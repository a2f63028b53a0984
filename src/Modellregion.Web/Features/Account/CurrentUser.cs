using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>Where the authorization handlers get a person's <see cref="Scopes"/> from.</summary>
public interface IScopeSource
{
    Task<Scopes> ScopesOfAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default);
}

/// <summary>
/// The signed-in person of this request and their scopes, read once per request from the database. At the
/// command line (<see cref="CommandLineActor"/>) it is the operator, with the administrators' rights.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, AppDbContext db, ICurrentActor? actor = null) : IScopeSource
{
    /// <summary>The operator at the command line. Recognised by reference only, so no request can claim it.</summary>
    private static readonly ClaimsPrincipal OperatorPrincipal = new(new ClaimsIdentity(authenticationType: "Kommandozeile"));

    private Scopes? _scopes;
    private string? _scopesOf;

    /// <summary>
    /// Whom use cases ask the authorization service about: the request's user; outside a request the operator at the
    /// command line, or nobody (an anonymous principal that no handler lets through).
    /// </summary>
    public ClaimsPrincipal Principal => accessor.HttpContext?.User
        ?? (actor is CommandLineActor ? OperatorPrincipal : new ClaimsPrincipal(new ClaimsIdentity()));

    public string? Id => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public bool IsAuthenticated => accessor.HttpContext?.User.Identity?.IsAuthenticated == true;

    /// <summary>The scopes of this request's person, loaded once.</summary>
    public Task<Scopes> ScopesAsync(CancellationToken cancellationToken = default) => LoadAsync(cancellationToken);

    public async Task<Scopes> ScopesOfAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(principal, accessor.HttpContext?.User) || ReferenceEquals(principal, OperatorPrincipal))
        {
            return await LoadAsync(cancellationToken);
        }

        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return Scopes.None;
        }

        if (id == Id)
        {
            return await LoadAsync(cancellationToken);
        }

        return new Scopes(await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == id).ToListAsync(cancellationToken));
    }

    private async Task<Scopes> LoadAsync(CancellationToken cancellationToken)
    {
        // Loaded once per person: a request whose user changes (a token's person replaces the cookie's on the write
        // API) never gets the scopes of the one before.
        if (_scopes is not null && _scopesOf == Id)
        {
            return _scopes;
        }

        _scopesOf = Id;
        if (Id is not { } id)
        {
            return _scopes = accessor.HttpContext is null && actor is CommandLineActor ? Scopes.Operator : Scopes.None;
        }

        var assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == id).ToListAsync(cancellationToken);
        return _scopes = new Scopes(assignments);
    }
}
