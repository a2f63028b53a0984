using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.News;

namespace Modellregion.Web.Data;

/// <summary>
/// The News feature's tables: the sets its queries start from (<c>db.News</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class NewsData
{
    extension(AppDbContext db)
    {
        public DbSet<NewsItem> News => db.Set<NewsItem>();
    }
}

/// <summary>Maps the News feature's entities to their tables.</summary>
internal sealed class NewsTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<NewsItem>().ToTable("News");
    }
}
