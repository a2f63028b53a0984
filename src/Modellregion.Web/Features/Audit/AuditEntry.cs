using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Features.Audit;

/// <summary>One change to one record: who, when, what before, what after. Append-only.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>The project the change belongs to, so a project's history can be shown.</summary>
    public int? ProjectId { get; set; }
    public int? RegionId { get; set; }
    public AuditKind Kind { get; set; }

    /// <summary>JSON object: property → value before the change (empty for creations).</summary>
    public string? Before { get; set; }

    /// <summary>JSON object: property → value after the change (empty for deletions).</summary>
    public string? After { get; set; }

    /// <summary>
    /// The id of the request the change was made in (ADR 0028), as in the logs and the answer's <c>X-Request-Id</c>;
    /// none for changes outside a request (command line, background services) and for entries written before.
    /// </summary>
    public string? RequestId { get; set; }

    /// <summary>The <see cref="Hash"/> of the entry before this one (none for the first): the link of the chain (ADR 0023).</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 (hex) over this entry's fields and <see cref="PreviousHash"/>; see <see cref="AuditChain"/>.</summary>
    public string? Hash { get; set; }
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

public enum AuditKind
{
    Content = 1,
    Status = 2,
    Money = 3,
    Decision = 4,
    Document = 5,
    Access = 6,
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.ActorName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.RequestId).HasMaxLength(64);
        builder.HasIndex(a => new { a.ProjectId, a.OccurredAt });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.OccurredAt);
    }
}
