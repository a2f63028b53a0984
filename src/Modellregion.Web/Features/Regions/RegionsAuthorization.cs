using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Regions;

/// <summary>What can be done with the regions of the installation.</summary>
public static class RegionsOperations
{
    /// <summary>Set up regions and edit them (<c>/verwaltung/regionen</c>); asked without a resource.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Regions.Manage" };
}

/// <summary>Regions are set up by the administrators (at the command line: the operator).</summary>
public sealed class RegionsAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [RegionsOperations.Manage];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.IsAdministrator;
}
