using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A grant decision (Zuwendungsbescheid, sequence 1) or an amendment (Änderungsbescheid, sequence 2, 3, …).
/// The decision with the highest sequence is the one in force; earlier ones stay readable. Each decision keeps
/// the financing plan it approved, so any two versions can be compared.
/// </summary>
public class GrantDecision : IAudited
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int Sequence { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? FileNumber { get; set; }

    /// <summary>Höchstbetrag: the grant's absolute cap.</summary>
    public decimal MaxAmount { get; set; }

    /// <summary>Förderquote in percent of eligible costs, where known.</summary>
    public decimal? FundingRatePercent { get; set; }
    public decimal? EligibleCosts { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? Conditions { get; set; }

    /// <summary>For an amendment: what it changes and why (more time, more or less money, changed plan).</summary>
    public string? Reason { get; set; }
    public string? Note { get; set; }

    /// <summary>The financing plan approved by this decision (empty for decisions known only from reports).</summary>
    public FinancingPlan Plan { get; set; } = new();

    public Guid? DocumentId { get; set; }
    public StoredFile? Document { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? RecordedBy { get; set; }

    public bool IsAmendment => Sequence > 1;
}

internal sealed class GrantDecisionConfiguration : IEntityTypeConfiguration<GrantDecision>
{
    public void Configure(EntityTypeBuilder<GrantDecision> builder)
    {
        builder.HasOne(g => g.Project).WithMany(p => p.GrantDecisions).HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Document).WithMany().HasForeignKey(g => g.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.DocumentId).OnlyWhereSet();
        builder.HasIndex(g => new { g.ProjectId, g.Sequence }).IsUnique();
        builder.Property(g => g.MaxAmount).HasPrecision(16, 2);
        builder.Property(g => g.EligibleCosts).HasPrecision(16, 2);
        builder.Property(g => g.FundingRatePercent).HasPrecision(5, 2);
        builder.Property(g => g.FileNumber).HasMaxLength(100);
        builder.Property(g => g.Conditions).HasMaxLength(8000);
        builder.Property(g => g.Reason).HasMaxLength(2000);
        builder.Property(g => g.Note).HasMaxLength(2000);
        builder.Property(g => g.RecordedBy).HasMaxLength(200);
        builder.Ignore(g => g.IsAmendment);
        builder.OwnsFinancingPlan(g => g.Plan, "GrantDecisionPlanLines");
    }
}
