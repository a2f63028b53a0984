using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A fund request (Mittelabruf): the project lead asks for money needed in a period; the project office checks
/// and forwards it; the payment is recorded with its date and amount.
/// </summary>
public class FundRequest : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>Running number within the project (1, 2, …).</summary>
    public int Number { get; set; }
    public decimal Amount { get; set; }

    /// <summary>The period in which the money is needed for due payments.</summary>
    public DateOnly NeededFrom { get; set; }
    public DateOnly NeededUntil { get; set; }
    public required string Justification { get; set; }

    /// <summary>A settlement of costs incurred within the funding period, asked for after it ended.</summary>
    public bool IsSettlement { get; set; }
    public FundRequestStatus Status { get; set; } = FundRequestStatus.Draft;

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ForwardedAt { get; set; }
    public string? ForwardedBy { get; set; }
    public string? ReturnReason { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidAmount { get; set; }
    public string? PaymentRecordedBy { get; set; }
    public int Version { get; set; }

    /// <summary>Submitted or forwarded: the money is asked for but not yet paid.</summary>
    public bool IsOpen => Status is FundRequestStatus.Submitted or FundRequestStatus.Forwarded;
}

public enum FundRequestStatus
{
    Draft = 1,
    Submitted = 2,
    Forwarded = 3,
    Paid = 4,
    Returned = 5,
    Withdrawn = 6,
}

public static class FundRequestStatuses
{
    public static string Label(FundRequestStatus status) => status switch
    {
        FundRequestStatus.Draft => "Entwurf",
        FundRequestStatus.Submitted => "Eingereicht – wartet auf Prüfung",
        FundRequestStatus.Forwarded => "Geprüft und weitergeleitet",
        FundRequestStatus.Paid => "Ausgezahlt",
        FundRequestStatus.Returned => "Zurückgegeben",
        FundRequestStatus.Withdrawn => "Zurückgezogen",
        _ => status.ToString(),
    };
}

/// <summary>
/// The money of one project's grant: what is asked for and not yet paid, and what is paid. Every change to
/// requests or payments changes this row under optimistic concurrency, so two requests submitted at the same
/// moment cannot both pass the check against the grant.
/// </summary>
public class FundingAccount
{
    public int ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>Submitted or forwarded, not yet paid.</summary>
    public decimal Requested { get; set; }
    public decimal Paid { get; set; }
    public int Version { get; set; }

    public decimal Committed => Requested + Paid;
}

internal sealed class FundRequestConfiguration : IEntityTypeConfiguration<FundRequest>
{
    public void Configure(EntityTypeBuilder<FundRequest> builder)
    {
        builder.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        // Covers the payments timeline (status, date, amount) without reading the table.
        builder.HasIndex(r => new { r.Status, r.PaidOn, r.PaidAmount });
        builder.Property(r => r.Amount).HasPrecision(16, 2);
        builder.Property(r => r.PaidAmount).HasPrecision(16, 2);
        builder.Property(r => r.Justification).HasMaxLength(4000);
        builder.Property(r => r.ReturnReason).HasMaxLength(2000);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
        builder.Property(r => r.ForwardedBy).HasMaxLength(200);
        builder.Property(r => r.PaymentRecordedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
    }
}

internal sealed class FundingAccountConfiguration : IEntityTypeConfiguration<FundingAccount>
{
    public void Configure(EntityTypeBuilder<FundingAccount> builder)
    {
        builder.HasKey(a => a.ProjectId);
        builder.HasOne(a => a.Project).WithOne().HasForeignKey<FundingAccount>(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Requested).HasPrecision(16, 2);
        builder.Property(a => a.Paid).HasPrecision(16, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Committed);
    }
}
