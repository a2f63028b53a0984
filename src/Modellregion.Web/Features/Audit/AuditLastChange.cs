using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

/// <summary>
/// The last change for <c>Last-Modified</c>: the newest audit entry (written in the same transaction as every change
/// of an audited entity, on whichever node saved it) or this node's last save or start, whichever is later.
/// </summary>
public sealed class AuditLastChange(AppDbContext db, PublicCache cache) : ILastChange
{
    public async Task<DateTime?> AtAsync(CancellationToken cancellationToken)
    {
        var recorded = await db.Set<AuditEntry>().MaxAsync(a => (DateTime?)a.OccurredAt, cancellationToken);
        var local = cache.LastLocalChange;
        return recorded is { } r && r > local ? r : local;
    }
}
