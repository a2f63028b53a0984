using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Info;

/// <summary>What can be done with the operator's details.</summary>
public static class InfoOperations
{
    /// <summary>Edit the operator's details (<c>/verwaltung/betreiber</c>); asked without a resource.</summary>
    public static readonly OperationAuthorizationRequirement EditOperator = new() { Name = "Info.EditOperator" };
}

/// <summary>The operator's details (imprint, privacy, accessibility contacts) are kept by the administrators.</summary>
public sealed class InfoAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [InfoOperations.EditOperator];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.IsAdministrator;
}
