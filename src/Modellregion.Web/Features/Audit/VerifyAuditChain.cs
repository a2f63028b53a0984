using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

/// <summary>Checks the audit trail's hash chain for the back office (ADR 0023); the gate is <see cref="AuditOperations.Verify"/>.</summary>
public sealed class VerifyAuditChain(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Result<AuditChainReport>> RunAsync(CancellationToken cancellationToken = default) =>
        await authorization.AllowsAsync(currentUser.Principal, null, AuditOperations.Verify)
            ? await AuditChain.VerifyAsync(db, cancellationToken)
            : new Outcome.Forbidden();

    /// <summary>Whether the signed-in person may run the check (the audit list links to it only then).</summary>
    public Task<bool> AllowedAsync() => authorization.AllowsAsync(currentUser.Principal, null, AuditOperations.Verify);
}
