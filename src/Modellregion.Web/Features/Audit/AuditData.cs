using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Data;

/// <summary>
/// The Audit feature's tables: the sets its queries start from (<c>db.AuditEntries</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class AuditData
{
    extension(AppDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}

/// <summary>Maps the Audit feature's entities to their tables.</summary>
internal sealed class AuditTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<AuditEntry>().ToTable("AuditEntries");
    }
}
