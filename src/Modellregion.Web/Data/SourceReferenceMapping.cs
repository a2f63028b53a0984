using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data;

public static class SourceReferenceMapping
{
    /// <summary>Maps an entity's sources to a table of their own with a single generated key.</summary>
    public static void OwnsSources<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, IEnumerable<SourceReference>?>> sources, string table)
        where TEntity : class
    {
        builder.OwnsMany(sources, s =>
        {
            s.ToTable(table);
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(x => x.Url).HasMaxLength(1000);
            s.Property(x => x.Title).HasMaxLength(300);
            s.Property(x => x.Supports).HasMaxLength(300);
        });
    }
}
