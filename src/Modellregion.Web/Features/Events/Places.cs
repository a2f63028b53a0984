using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// Books places of a registration type with one conditional update each ("take one if one is free"), so that the
/// database decides who gets the last place: on PostgreSQL the row lock re-checks the condition for a waiting
/// request, on SQLite writers run one after the other. Called inside the caller's transaction, so a failed save
/// also gives the place back (docs/decisions/0013).
/// </summary>
public static class Places
{
    /// <summary>Takes one place if one is free; false when the type is full.</summary>
    public static async Task<bool> TryTakeAsync(AppDbContext db, int ticketTypeId, CancellationToken cancellationToken) =>
        await db.Set<EventTicketType>()
            .Where(t => t.Id == ticketTypeId && t.Taken < t.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Taken, t => t.Taken + 1).SetProperty(t => t.UpdatedAt, db.UtcNow), cancellationToken) == 1;

    /// <summary>Gives one place back.</summary>
    public static async Task ReleaseAsync(AppDbContext db, int ticketTypeId, CancellationToken cancellationToken) =>
        await db.Set<EventTicketType>()
            .Where(t => t.Id == ticketTypeId && t.Taken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Taken, t => t.Taken - 1).SetProperty(t => t.UpdatedAt, db.UtcNow), cancellationToken);
}
