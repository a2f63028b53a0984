using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A proof of use: an interim proof per budget year (Zwischennachweis) or the final proof (Verwendungsnachweis =
/// Sachbericht + zahlenmäßiger Nachweis). Reviewed by the project office or the granting authority: accepted
/// with a Prüfvermerk, or returned with reasons.
/// </summary>
public class Proof : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public ProofKind Kind { get; set; }

    /// <summary>The budget year an interim proof covers.</summary>
    public int? BudgetYear { get; set; }
    public DateOnly DueOn { get; set; }
    public ProofStatus Status { get; set; } = ProofStatus.Draft;

    /// <summary>Sachbericht: what was done, what came out of it, whether the purpose was met.</summary>
    public string? NarrativeReport { get; set; }
    public List<ProofLine> Lines { get; set; } = [];
    public List<ProofAttachment> Attachments { get; set; } = [];
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }

    /// <summary>The Prüfvermerk on acceptance, or the reasons when returned.</summary>
    public string? ReviewNote { get; set; }
    public int Version { get; set; }

    public decimal ActualTotal => Lines.Sum(l => l.Actual);
}

/// <summary>Planned and actual costs of one plan line in a proof.</summary>
public class ProofLine
{
    public CostCategory Category { get; set; }
    public required string Description { get; set; }
    public decimal Planned { get; set; }
    public decimal Actual { get; set; }

    /// <summary>Over the plan by more than the tolerance (in percent).</summary>
    public bool ExceedsTolerance(decimal tolerancePercent) => Actual > Planned * (1m + (tolerancePercent / 100m));
}

public class ProofAttachment
{
    public int Id { get; set; }
    public int ProofId { get; set; }
    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
}

public enum ProofKind
{
    Interim = 1,
    Final = 2,
}

public enum ProofStatus
{
    Draft = 1,
    Submitted = 2,
    Accepted = 3,
    Returned = 4,
}

public static class ProofLabels
{
    public static string Kind(ProofKind kind, int? year) => kind == ProofKind.Interim ? $"Zwischennachweis {year}" : "Verwendungsnachweis";

    public static string Status(ProofStatus status) => status switch
    {
        ProofStatus.Draft => "Entwurf",
        ProofStatus.Submitted => "Eingereicht – wartet auf Prüfung",
        ProofStatus.Accepted => "Geprüft und angenommen",
        ProofStatus.Returned => "Zurückgegeben",
        _ => status.ToString(),
    };
}

internal sealed class ProofConfiguration : IEntityTypeConfiguration<Proof>
{
    public void Configure(EntityTypeBuilder<Proof> builder)
    {
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProjectId, p.Kind, p.BudgetYear }).IsUnique();
        builder.HasIndex(p => new { p.Status, p.DueOn });
        builder.Property(p => p.NarrativeReport).HasMaxLength(40000);
        builder.Property(p => p.ReviewNote).HasMaxLength(4000);
        builder.Property(p => p.SubmittedBy).HasMaxLength(200);
        builder.Property(p => p.ReviewedBy).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.ActualTotal);
        builder.OwnsMany(p => p.Lines, l =>
        {
            l.ToTable("ProofLines");
            l.Property<int>("Id");
            l.HasKey("Id");
            l.Property(x => x.Description).HasMaxLength(300);
            l.Property(x => x.Planned).HasPrecision(16, 2);
            l.Property(x => x.Actual).HasPrecision(16, 2);
        });
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.ProofId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProofAttachmentConfiguration : IEntityTypeConfiguration<ProofAttachment>
{
    public void Configure(EntityTypeBuilder<ProofAttachment> builder)
    {
        builder.HasOne(a => a.File).WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// A reminder about a deadline, so that each one goes out once, also across restarts. A reminder that could not be
/// sent stays as <see cref="DeliveryStatus.Failed"/> with the reason (without personal data) and is tried again, up
/// to <see cref="DeliveryFailure.MaxAttempts"/> times; the office sees the failed ones.
/// </summary>
public class ReminderLog
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public required string DeadlineKey { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>Negative before the due date, positive after.</summary>
    public int OffsetDays { get; set; }
    public required string Recipient { get; set; }

    /// <summary>When it was sent, or last tried.</summary>
    public DateTime SentAt { get; set; }
    public DeliveryStatus Status { get; set; }
    public string? Error { get; set; }
    public int Attempts { get; set; }
}

internal sealed class ReminderLogConfiguration : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> builder)
    {
        builder.Property(r => r.DeadlineKey).HasMaxLength(100);
        builder.Property(r => r.Recipient).HasMaxLength(256);
        builder.Property(r => r.Error).HasMaxLength(DeliveryFailure.MaxLength);

        // A retry claims the failed reminder by its number of attempts: two nodes cannot both send it again.
        builder.Property(r => r.Attempts).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProjectId, r.DeadlineKey, r.DueOn, r.OffsetDays, r.Recipient }).IsUnique();
        builder.HasIndex(r => r.Status);
    }
}
