using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Platform.Files;

/// <summary>
/// An uploaded document (grant decision, proof of use, board paper). Kept in the database, so every web node
/// sees it and a database backup contains it. The content type is the one checked from the bytes, never the
/// one the browser claimed.
/// </summary>
public class StoredFile
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, hex.</summary>
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(256);
    }
}
