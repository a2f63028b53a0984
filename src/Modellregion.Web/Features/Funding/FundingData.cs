using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Funding;

namespace Modellregion.Web.Data;

/// <summary>
/// The Funding feature's tables: the sets its queries start from (<c>db.Programmes</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class FundingData
{
    extension(AppDbContext db)
    {
        public DbSet<Programme> Programmes => db.Set<Programme>();
        public DbSet<GrantDecision> GrantDecisions => db.Set<GrantDecision>();
        public DbSet<FundRequest> FundRequests => db.Set<FundRequest>();
        public DbSet<FundingAccount> FundingAccounts => db.Set<FundingAccount>();
        public DbSet<Proof> Proofs => db.Set<Proof>();
        public DbSet<ReminderLog> ReminderLogs => db.Set<ReminderLog>();
    }
}

/// <summary>Maps the Funding feature's entities to their tables.</summary>
internal sealed class FundingTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Programme>().ToTable("Programmes");
        builder.Entity<GrantDecision>().ToTable("GrantDecisions");
        builder.Entity<FundRequest>().ToTable("FundRequests");
        builder.Entity<FundingAccount>().ToTable("FundingAccounts");
        builder.Entity<Proof>().ToTable("Proofs");
        builder.Entity<ReminderLog>().ToTable("ReminderLogs");
    }
}
