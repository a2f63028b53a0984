using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Web.Data;

/// <summary>
/// The Transfer feature's tables: the sets its queries start from (<c>db.Solutions</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class TransferData
{
    extension(AppDbContext db)
    {
        public DbSet<Solution> Solutions => db.Set<Solution>();
        public DbSet<SolutionProject> SolutionProjects => db.Set<SolutionProject>();
        public DbSet<SolutionDocument> SolutionDocuments => db.Set<SolutionDocument>();
        public DbSet<Reuse> Reuses => db.Set<Reuse>();
        public DbSet<TransferCase> TransferCases => db.Set<TransferCase>();
        public DbSet<TransferCaseNote> TransferCaseNotes => db.Set<TransferCaseNote>();
        public DbSet<TransferCaseStep> TransferCaseSteps => db.Set<TransferCaseStep>();
        public DbSet<TransferReminder> TransferReminders => db.Set<TransferReminder>();
    }
}

/// <summary>Maps the Transfer feature's entities to their tables.</summary>
internal sealed class TransferTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Solution>().ToTable("Solutions");
        builder.Entity<SolutionProject>().ToTable("SolutionProjects");
        builder.Entity<SolutionDocument>().ToTable("SolutionDocuments");
        builder.Entity<Reuse>().ToTable("Reuses");
        builder.Entity<TransferCase>().ToTable("TransferCases");
        builder.Entity<TransferCaseNote>().ToTable("TransferCaseNotes");
        builder.Entity<TransferCaseStep>().ToTable("TransferCaseSteps");
        builder.Entity<TransferReminder>().ToTable("TransferReminders");
    }
}
