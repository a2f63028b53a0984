using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Privacy;

/// <summary>What can be done with data protection; asked without a resource.</summary>
public static class PrivacyOperations
{
    /// <summary>Read the register of processing activities: administrators and every project office.</summary>
    public static readonly OperationAuthorizationRequirement ViewRegister = new() { Name = "Privacy.ViewRegister" };

    /// <summary>
    /// Find, download and erase everything stored about one person across all regions: the administrators, who act
    /// for the controller (a project office erases within its own region on the feature's pages).
    /// </summary>
    public static readonly OperationAuthorizationRequirement HandleRequests = new() { Name = "Privacy.HandleRequests" };
}

public sealed class PrivacyAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [PrivacyOperations.ViewRegister, PrivacyOperations.HandleRequests];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) =>
        operation == PrivacyOperations.ViewRegister ? scopes.IsAdministrator || scopes.IsOfficeAnywhere : scopes.IsAdministrator;
}
