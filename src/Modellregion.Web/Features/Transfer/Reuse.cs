using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A reuse declaration: someone uses the solution in production (since a date, where known). Public only once the
/// project office has confirmed it. The user is a municipality from the official list where there is one; a user
/// that is not a single municipality (a project, a region of several towns) is named in <see cref="UserName"/>.
/// </summary>
public class Reuse : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }

    public required string UserName { get; set; }
    public string? MunicipalityAgs { get; set; }
    public Municipality? Municipality { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public DateOnly? Since { get; set; }
    public DatePrecision SincePrecision { get; set; }
    public string? Note { get; set; }

    public ReuseStatus Status { get; set; } = ReuseStatus.Declared;
    [ErasablePersonalData]
    public string? DeclaredByName { get; set; }

    [ErasablePersonalData]
    public string? DeclaredByEmail { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>The transfer case that led to the reuse, if any.</summary>
    public int? TransferCaseId { get; set; }
    public TransferCase? TransferCase { get; set; }

    public List<SourceReference> Sources { get; set; } = [];
    public bool IsSynthetic { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum ReuseStatus
{
    Declared = 1,
    Confirmed = 2,
    Rejected = 3,
}

internal sealed class ReuseConfiguration : IEntityTypeConfiguration<Reuse>
{
    public void Configure(EntityTypeBuilder<Reuse> builder)
    {
        builder.HasOne(r => r.Solution).WithMany(s => s.Reuses).HasForeignKey(r => r.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Municipality).WithMany().HasForeignKey(r => r.MunicipalityAgs).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.TransferCase).WithMany().HasForeignKey(r => r.TransferCaseId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.UserName).HasMaxLength(200);
        builder.Property(r => r.MunicipalityAgs).HasMaxLength(8).IsFixedLength();
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.DeclaredByName).HasMaxLength(200);
        builder.Property(r => r.DeclaredByEmail).HasMaxLength(254);
        builder.Property(r => r.ConfirmedBy).HasMaxLength(200);
        builder.Property(r => r.RejectionReason).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.SolutionId, r.Status });
        builder.HasIndex(r => new { r.MunicipalityAgs, r.Status });
        builder.HasIndex(r => r.OrganisationId);
        builder.OwnsSources(r => r.Sources, "ReuseSources");
    }
}
