using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Modellregion.Web.Features.Account;

/// <summary>What can be done with accounts and roles.</summary>
public static class AccountOperations
{
    /// <summary>Create accounts, give and take roles, lock accounts (<c>/verwaltung/benutzer</c>).</summary>
    public static readonly OperationAuthorizationRequirement ManageUsers = new() { Name = "Account.ManageUsers" };
}

/// <summary>Accounts and roles are kept by the administrators.</summary>
public sealed class AccountAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [AccountOperations.ManageUsers];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.IsAdministrator;
}
