using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

/// <summary>A news item (Meldung) of a region, optionally about one project.</summary>
public class NewsItem : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Teaser { get; set; }

    /// <summary>Markdown.</summary>
    public string? Body { get; set; }
    public DateOnly PublishedOn { get; set; }
    public bool IsPublished { get; set; } = true;
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
    public bool IsSynthetic { get; set; }

    /// <summary>A fictional news item of the training region.</summary>
    public bool IsExample { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.Property(n => n.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Teaser).HasMaxLength(1000);
        builder.Property(n => n.Body).HasMaxLength(20000);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne(n => n.Region).WithMany().HasForeignKey(n => n.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Project).WithMany().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.IsPublished, n.PublishedOn });
        builder.OwnsSources(n => n.Sources, "NewsSources");
    }
}
