using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Board;

/// <summary>A paper (Vorlage) put before the board, with its main file and attachments.</summary>
public class Paper : Platform.IAudited, Platform.IVersioned, IOParlRecord, IHasBody
{
    public static readonly IReadOnlyList<string> Types = ["Beschlussvorlage", "Mitteilungsvorlage", "Projektskizze", "Antrag", "Bericht"];

    public int Id { get; set; }
    public int BoardId { get; set; }
    public Board? Board { get; set; }

    /// <summary>The body (region) of its board, copied when it is first saved, as <see cref="Meeting.RegionId"/>.</summary>
    public int RegionId { get; set; }

    /// <summary>The reference number, unique per board, e.g. "DB-2026/003".</summary>
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public required string PaperType { get; set; }
    public DateOnly Date { get; set; }
    public string? Summary { get; set; }

    /// <summary>The organisation the paper comes from.</summary>
    public int? OriginatorOrganisationId { get; set; }
    public Organisation? OriginatorOrganisation { get; set; }

    /// <summary>The project (idea) the paper is about.</summary>
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>
    /// The solution of the transfer catalogue (a result offered for reuse) the paper is about: an id the catalogue
    /// answers for (<see cref="Shared.ISolutionReferences"/>), so that the Digitalboard works without it.
    /// </summary>
    public int? SolutionId { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>When the paper was first public: a later withdrawal is announced through OParl as a deletion.</summary>
    public DateTime? PublicSince { get; set; }
    public List<PaperFile> Files { get; set; } = [];
    public bool IsSynthetic { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A file of a paper: the main file or an attachment. The content is a <see cref="StoredFile"/>. A file is public
/// only when it and its paper are public; a file URL of anything else answers 404 (or 410 once withdrawn).
/// </summary>
public class PaperFile : Platform.IAudited, IOParlRecord, IHasBody
{
    public int Id { get; set; }
    public int PaperId { get; set; }
    public Paper? Paper { get; set; }

    /// <summary>The body (region) of its board, copied when it is first saved, as <see cref="Meeting.RegionId"/>.</summary>
    public int RegionId { get; set; }
    public bool IsMain { get; set; }
    public required string Name { get; set; }
    public Guid StoredFileId { get; set; }
    public StoredFile? StoredFile { get; set; }
    public required string FileName { get; set; }
    public required string MimeType { get; set; }
    public long Size { get; set; }

    /// <summary>SHA-512 of the content, hex (OParl's sha512Checksum).</summary>
    public required string Sha512 { get; set; }
    public bool IsPublic { get; set; } = true;
    public DateTime? PublicSince { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> builder)
    {
        builder.HasOne(p => p.Board).WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.OriginatorOrganisation).WithMany().HasForeignKey(p => p.OriginatorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Reference).HasMaxLength(50);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.PaperType).HasMaxLength(60);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.BoardId, p.Reference }).IsUnique().HasFilter("\"DeletedAt\" IS NULL");
        builder.HasIndex(p => p.ProjectId).OnlyWhereSet();
        builder.HasIndex(p => p.SolutionId).OnlyWhereSet();
        builder.HasIndex(p => p.OriginatorOrganisationId).OnlyWhereSet();
        builder.HasIndex(p => p.UpdatedAt);
        builder.HasIndex(p => new { p.RegionId, p.Id });
    }
}

internal sealed class PaperFileConfiguration : IEntityTypeConfiguration<PaperFile>
{
    public void Configure(EntityTypeBuilder<PaperFile> builder)
    {
        builder.HasOne(f => f.Paper).WithMany(p => p.Files).HasForeignKey(f => f.PaperId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.StoredFile).WithMany().HasForeignKey(f => f.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.MimeType).HasMaxLength(100);
        builder.Property(f => f.Sha512).HasMaxLength(128);
        builder.HasIndex(f => f.PaperId);
        builder.HasIndex(f => f.UpdatedAt);
        builder.HasIndex(f => new { f.RegionId, f.Id });
    }
}
