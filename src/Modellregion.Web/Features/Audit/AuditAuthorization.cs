using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Audit;

/// <summary>What can be done with the audit trail.</summary>
public static class AuditOperations
{
    /// <summary>
    /// Open the audit viewer (<c>/verwaltung/protokoll</c>); asked without a resource. Which entries it shows is the
    /// filter of <see cref="AuditQueries.ListAsync"/>: everything for those who read everything, else the entries of
    /// the projects and regions the person sees.
    /// </summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = "Audit.View" };

    /// <summary>Check the hash chain of the whole trail (<c>/verwaltung/protokoll/pruefung</c>, ADR 0023); administrators only.</summary>
    public static readonly OperationAuthorizationRequirement Verify = new() { Name = "Audit.Verify" };
}

/// <summary>
/// The audit viewer is for administrators and the project offices (their region). Readers and the granting authority
/// see the history of the projects they may read, on each project. Only administrators check the whole chain.
/// </summary>
public sealed class AuditAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [AuditOperations.View, AuditOperations.Verify];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) =>
        operation == AuditOperations.Verify ? scopes.IsAdministrator : scopes.IsOfficeAnywhere;
}
