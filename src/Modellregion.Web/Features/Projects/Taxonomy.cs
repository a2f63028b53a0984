using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>A Handlungsfeld of the programme: E-Government or digitale Stadtentwicklung.</summary>
public class Field
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A Themenfeld such as Mobilität, Bildung, Sicherheit, Gesundheit.</summary>
public class Topic
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

internal sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(f => f.Name).HasMaxLength(120);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(t => t.Name).HasMaxLength(120);
    }
}
