using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// What can be done in funding. So far the programmes; the checks on projects' funding (fund requests, proofs, grant
/// decisions) still read <see cref="Permissions"/> and become operations here (docs/decisions/0010).
/// </summary>
public static class FundingOperations
{
    /// <summary>Set up funding programmes and edit them and their rules (<c>/verwaltung/programme</c>); asked without a resource.</summary>
    public static readonly OperationAuthorizationRequirement ManageProgrammes = new() { Name = "Funding.ManageProgrammes" };
}

/// <summary>Programmes and their rules are kept by the administrators (at the command line: the operator).</summary>
public sealed class ProgrammesAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [FundingOperations.ManageProgrammes];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.IsAdministrator;
}
