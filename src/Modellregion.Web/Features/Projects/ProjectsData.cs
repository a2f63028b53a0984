using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Data;

/// <summary>
/// The Projects feature's tables: the sets its queries start from (<c>db.Fields</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class ProjectsData
{
    extension(AppDbContext db)
    {
        public DbSet<Field> Fields => db.Set<Field>();
        public DbSet<Topic> Topics => db.Set<Topic>();
        public DbSet<Project> Projects => db.Set<Project>();
        public DbSet<ProjectPartner> ProjectPartners => db.Set<ProjectPartner>();
        public DbSet<ProjectMunicipality> ProjectMunicipalities => db.Set<ProjectMunicipality>();
        public DbSet<Milestone> Milestones => db.Set<Milestone>();
        public DbSet<ProjectResult> ProjectResults => db.Set<ProjectResult>();
        public DbSet<StatusChange> StatusChanges => db.Set<StatusChange>();
    }
}

/// <summary>Maps the Projects feature's entities to their tables.</summary>
internal sealed class ProjectsTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Field>().ToTable("Fields");
        builder.Entity<Topic>().ToTable("Topics");
        builder.Entity<Project>().ToTable("Projects");
        builder.Entity<ProjectPartner>().ToTable("ProjectPartners");
        builder.Entity<ProjectMunicipality>().ToTable("ProjectMunicipalities");
        builder.Entity<Milestone>().ToTable("Milestones");
        builder.Entity<ProjectResult>().ToTable("ProjectResults");
        builder.Entity<StatusChange>().ToTable("StatusChanges");
    }
}
