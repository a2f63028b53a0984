using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// The resource of region-wide pages and forms of a feature: one region, or <see cref="Any"/> for a list or a "new"
/// form before a region is chosen ("may this person do it in some region?").
/// </summary>
public sealed record RegionResource(int? RegionId)
{
    public static readonly RegionResource Any = new((int?)null);

    public static RegionResource Of(int regionId) => new(regionId);
}

/// <summary>
/// Base of a feature's resource-based handler: decides the feature's own <see cref="Operations"/> on a
/// <typeparamref name="TResource"/> from the person's <see cref="Scopes"/>. Other operations on the same resource
/// type are left to the handlers of their features; an operation no handler allows is refused.
/// </summary>
public abstract class ScopesHandler<TResource>(IScopeSource scopes) : AuthorizationHandler<OperationAuthorizationRequirement, TResource>
{
    /// <summary>The operations this handler decides (instances of the feature's <c>XxxOperations</c>).</summary>
    public abstract IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; }

    protected abstract bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, TResource resource);

    protected sealed override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TResource resource)
    {
        if (Operations.Contains(requirement) && Allows(await scopes.ScopesOfAsync(context.User), requirement, resource))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// Base of a handler for operations on the installation as a whole (user administration, operator details,
/// programmes and regions): asked without a resource (<c>AuthorizeAsync(user, null, operation)</c>).
/// </summary>
public abstract class ScopesHandler(IScopeSource scopes) : AuthorizationHandler<OperationAuthorizationRequirement>
{
    public abstract IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; }

    protected abstract bool Allows(Scopes scopes, OperationAuthorizationRequirement operation);

    protected sealed override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        if (context.Resource is null && Operations.Contains(requirement) && Allows(await scopes.ScopesOfAsync(context.User), requirement))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Policies for plain page access, used as <c>[Authorize(Policy = BackOfficePolicies.AnyRole)]</c>.</summary>
public static class BackOfficePolicies
{
    /// <summary>Signed in and holding any role; without a role the answer is 403, signed out the sign-in page.</summary>
    public const string AnyRole = "BackOffice.AnyRole";

    internal sealed class AnyRoleRequirement : IAuthorizationRequirement;

    internal sealed class AnyRoleHandler(IScopeSource scopes) : AuthorizationHandler<AnyRoleRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AnyRoleRequirement requirement)
        {
            if ((await scopes.ScopesOfAsync(context.User)).HasAnyRole)
            {
                context.Succeed(requirement);
            }
        }
    }
}

public static class AuthorizationServiceExtensions
{
    /// <summary>
    /// Whether <paramref name="user"/> may do <paramref name="operation"/> on <paramref name="resource"/> (null for
    /// operations on the installation as a whole): the one question a use case asks before it acts.
    /// </summary>
    public static async Task<bool> AllowsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object? resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user, resource, operation)).Succeeded;
}
