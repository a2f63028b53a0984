using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>A funding programme (Förderprogramm) and the rules its grants follow.</summary>
public class Programme : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>English name for the English site; the German one is shown where this is empty.</summary>
    public string? NameEn { get; set; }

    /// <summary>English description (Markdown) for the English site; the German one is shown where this is empty.</summary>
    public string? DescriptionEn { get; set; }
    public string? LegalBasis { get; set; }
    public string? Funder { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>The budget as announced (may be empty when unknown).</summary>
    public decimal? AnnouncedBudget { get; set; }

    public FundingRules Rules { get; set; } = new();
    public List<SourceReference> Sources { get; set; } = [];
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// The programme's rules for grants. Defaults are those of the NRW "Digitale Modellregionen" guideline and
/// the VV/ANBest to § 44 LHO NRW; other programmes set their own.
/// </summary>
public class FundingRules
{
    /// <summary>Maximum funding rate (percent of eligible costs) for municipalities and municipal associations.</summary>
    public decimal MaxRateMunicipality { get; set; } = 80m;

    /// <summary>Maximum funding rate for non-profit organisations.</summary>
    public decimal MaxRateNonProfit { get; set; } = 80m;

    /// <summary>Maximum funding rate for universities and research institutions.</summary>
    public decimal MaxRateResearch { get; set; } = 90m;

    /// <summary>Maximum funding rate for companies.</summary>
    public decimal MaxRateCompany { get; set; } = 50m;

    /// <summary>Money may be requested only as far as it is needed within this many months of payout (VV Nr. 7.2).</summary>
    public int FundRequestHorizonMonths { get; set; } = 2;

    /// <summary>Interim proof per budget year is due on this day of the following year (default 30 April).</summary>
    public int InterimProofDueMonth { get; set; } = 4;
    public int InterimProofDueDay { get; set; } = 30;

    /// <summary>The final proof of use is due this many months after the end of the funding period.</summary>
    public int FinalProofMonths { get; set; } = 6;

    /// <summary>A plan line may be exceeded by this percentage if offset elsewhere (ANBest 1.2).</summary>
    public decimal PlanLineTolerancePercent { get; set; } = 20m;

    /// <summary>Reminders go out this many days before a due date …</summary>
    public int ReminderDaysBefore { get; set; } = 14;

    /// <summary>… and this many days after it, when the deadline is still open.</summary>
    public int ReminderDaysAfter { get; set; } = 7;

    /// <summary>The deadlines dashboard lists what is due within this many days.</summary>
    public int DueSoonDays { get; set; } = 42;

    public decimal MaxRateFor(ApplicantType type) => type switch
    {
        ApplicantType.Municipality => MaxRateMunicipality,
        ApplicantType.Research => MaxRateResearch,
        ApplicantType.Company => MaxRateCompany,
        _ => MaxRateNonProfit,
    };

    /// <summary>The interim proof of a budget year is due on the set day of the following year.</summary>
    public DateOnly InterimProofDue(int budgetYear)
    {
        // A date stored before periods were checked may lie at the end of the calendar: the due date cannot be later.
        if (budgetYear >= DateOnly.MaxValue.Year)
        {
            return DateOnly.MaxValue;
        }

        return new(budgetYear + 1, InterimProofDueMonth, Math.Min(InterimProofDueDay, DateTime.DaysInMonth(budgetYear + 1, InterimProofDueMonth)));
    }

    /// <summary>The final proof is due by the end of the n-th month after the funding period (ANBest-G 7.1).</summary>
    public DateOnly FinalProofDue(DateOnly periodEnd)
    {
        // Counted in months so that a period ending near the end of the calendar gives its last day, not an error.
        var months = (periodEnd.Year * 12) + periodEnd.Month - 1 + FinalProofMonths;
        if (months > (DateOnly.MaxValue.Year * 12) + DateOnly.MaxValue.Month - 1)
        {
            return DateOnly.MaxValue;
        }

        var (year, month) = (months / 12, (months % 12) + 1);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.ShortName).HasMaxLength(60);
        builder.Property(p => p.Description).HasMaxLength(20000);
        builder.Property(p => p.NameEn).HasMaxLength(300);
        builder.Property(p => p.DescriptionEn).HasMaxLength(20000);
        builder.Property(p => p.LegalBasis).HasMaxLength(1000);
        builder.Property(p => p.Funder).HasMaxLength(300);
        builder.Property(p => p.AnnouncedBudget).HasPrecision(16, 2);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.OwnsOne(p => p.Rules, r =>
        {
            r.Property(x => x.MaxRateMunicipality).HasPrecision(5, 2);
            r.Property(x => x.MaxRateNonProfit).HasPrecision(5, 2);
            r.Property(x => x.MaxRateResearch).HasPrecision(5, 2);
            r.Property(x => x.MaxRateCompany).HasPrecision(5, 2);
            r.Property(x => x.PlanLineTolerancePercent).HasPrecision(5, 2);
        });
        builder.Navigation(p => p.Rules).IsRequired();
        builder.OwnsSources(p => p.Sources, "ProgrammeSources");
    }
}
