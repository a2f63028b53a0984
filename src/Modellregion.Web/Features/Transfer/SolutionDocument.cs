using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A document of a solution (a guide, tender documents, an operating concept …) as a PDF, public with its solution.
/// The content is a <see cref="StoredFile"/>; removing a document marks it deleted so the audit keeps what was shown.
/// </summary>
public class SolutionDocument : IAudited, ITimestamped
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public required string Name { get; set; }
    public Guid StoredFileId { get; set; }
    public StoredFile? StoredFile { get; set; }
    public required string FileName { get; set; }
    public long Size { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class SolutionDocumentConfiguration : IEntityTypeConfiguration<SolutionDocument>
{
    public void Configure(EntityTypeBuilder<SolutionDocument> builder)
    {
        builder.HasOne(d => d.Solution).WithMany(s => s.Documents).HasForeignKey(d => d.SolutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.StoredFile).WithMany().HasForeignKey(d => d.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.HasIndex(d => d.SolutionId);
    }
}
