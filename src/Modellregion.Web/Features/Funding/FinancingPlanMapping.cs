using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Features.Funding;

internal static class FinancingPlanMapping
{
    /// <summary>Maps a financing plan into its owner's table and its lines into a table of their own.</summary>
    public static void OwnsFinancingPlan<TOwner>(this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, FinancingPlan?>> plan, string linesTable)
        where TOwner : class
    {
        builder.OwnsOne(plan, p =>
        {
            p.Property(x => x.OwnContribution).HasPrecision(16, 2);
            p.Property(x => x.ThirdPartyFunds).HasPrecision(16, 2);
            p.Property(x => x.RequestedGrant).HasPrecision(16, 2);
            p.Ignore(x => x.EligibleCosts);
            p.Ignore(x => x.Coverage);
            p.Ignore(x => x.Balances);
            p.Ignore(x => x.IsEmpty);
            p.Ignore(x => x.RatePercent);
            p.OwnsMany(x => x.Lines, l =>
            {
                l.ToTable(linesTable);
                l.Property<int>("Id");
                l.HasKey("Id");
                l.Property(x => x.Description).HasMaxLength(300);
                l.Property(x => x.Amount).HasPrecision(16, 2);
            });
        });
        builder.Navigation(plan).IsRequired();
    }
}
