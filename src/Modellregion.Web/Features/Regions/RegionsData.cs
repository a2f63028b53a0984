using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Web.Data;

/// <summary>
/// The Regions feature's tables: the sets its queries start from (<c>db.Regions</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class RegionsData
{
    extension(AppDbContext db)
    {
        public DbSet<Region> Regions => db.Set<Region>();
        public DbSet<RegionParticipation> RegionParticipations => db.Set<RegionParticipation>();
    }
}

/// <summary>Maps the Regions feature's entities to their tables.</summary>
internal sealed class RegionsTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Region>().ToTable("Regions");
        builder.Entity<RegionParticipation>().ToTable("RegionParticipations");
    }
}
