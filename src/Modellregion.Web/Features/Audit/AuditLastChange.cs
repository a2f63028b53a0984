using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

/// <summary>
/// The last change for <c>Last-Modified</c>: the newest audit entry (written in the same transaction as every change
/// of an audited entity, on whichever node saved it) or this node's last save or start, whichever is later.
/// </summary>
/// <remarks>
/// Every answer of the read APIs asks for it, and it moves only when something is saved. So the newest entry is read
/// once and kept in the <see cref="PublicCache"/>, which every save on any node clears (ADR 0027); a request that
/// read it while a change was being saved keeps its value for the old state only.
/// </remarks>
public sealed class AuditLastChange(AppDbContext db, PublicCache cache) : ILastChange
{
    public async Task<DateTime?> AtAsync(CancellationToken cancellationToken)
    {
        var recorded = await cache.GetOrCreateAsync("audit:last-change",
            () => db.Set<AuditEntry>().MaxAsync(a => (DateTime?)a.OccurredAt, cancellationToken));
        var local = cache.LastLocalChange;
        return recorded is { } r && r > local ? r : local;
    }
}
