using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Data;

/// <summary>
/// The Account feature's tables: the sets its queries start from (<c>db.RoleAssignments</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class AccountData
{
    extension(AppDbContext db)
    {
        public DbSet<RoleAssignment> RoleAssignments => db.Set<RoleAssignment>();
        public DbSet<PersonalAccessToken> PersonalAccessTokens => db.Set<PersonalAccessToken>();
    }
}

/// <summary>Maps the Account feature's entities to their tables.</summary>
internal sealed class AccountTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<RoleAssignment>().ToTable("RoleAssignments");
        builder.Entity<PersonalAccessToken>().ToTable("PersonalAccessTokens");
    }
}
