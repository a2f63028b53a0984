using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Directory;

namespace Modellregion.Web.Data;

/// <summary>
/// The Directory feature's tables: the sets its queries start from (<c>db.Organisations</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class DirectoryData
{
    extension(AppDbContext db)
    {
        public DbSet<Organisation> Organisations => db.Set<Organisation>();
        public DbSet<Municipality> Municipalities => db.Set<Municipality>();
        public DbSet<District> Districts => db.Set<District>();
    }
}

/// <summary>Maps the Directory feature's entities to their tables.</summary>
internal sealed class DirectoryTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Organisation>().ToTable("Organisations");
        builder.Entity<Municipality>().ToTable("Municipalities");
        builder.Entity<District>().ToTable("Districts");
    }
}
