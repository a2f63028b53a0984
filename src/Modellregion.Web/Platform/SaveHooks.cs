using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Modellregion.Web.Platform;

/// <summary>
/// Work that follows every save in the same transaction (the search index, for one): <see cref="Capture"/> sees the
/// pending changes before they are written and answers what it needs later (or null when nothing concerns it);
/// <see cref="AfterSaveAsync"/> runs after the records are written, with their new keys, before the commit.
/// </summary>
public interface ISaveHook
{
    object? Capture(ChangeTracker changes);

    Task AfterSaveAsync(DbContext db, object captured, CancellationToken cancellationToken);
}
