using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>A person who can sign in to the back office.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public List<RoleAssignment> RoleAssignments { get; set; } = [];
}

/// <summary>
/// A role held by a user, scoped: Projektbüro for one region, Projektleitung for one project,
/// Lesezugriff for one region or (without region) the whole programme, Administrator everywhere.
/// </summary>
public class RoleAssignment : IAudited
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public AppRole Role { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum AppRole
{
    Administrator = 1,
    ProjectOffice = 2,
    ProjectLead = 3,
    ReadOnly = 4,
    GrantingAuthority = 5,
}

public static class AppRoles
{
    public static readonly IReadOnlyList<(AppRole Role, string Key, string Label)> All =
    [
        (AppRole.Administrator, "administrator", "Administrator"),
        (AppRole.ProjectOffice, "projektbuero", "Projektbüro"),
        (AppRole.ProjectLead, "projektleitung", "Projektleitung"),
        (AppRole.ReadOnly, "lesezugriff", "Lesezugriff"),
        (AppRole.GrantingAuthority, "bewilligungsbehoerde", "Bewilligungsbehörde"),
    ];

    public static string Label(AppRole role) => All.First(r => r.Role == role).Label;

    public static AppRole? FromKey(string? key) =>
        All.Where(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Role.ToString(), key, StringComparison.OrdinalIgnoreCase))
            .Select(r => (AppRole?)r.Role).FirstOrDefault();
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.HasOne(r => r.User).WithMany(u => u.RoleAssignments).HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Region).WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.UserId, r.Role, r.RegionId, r.ProjectId }).IsUnique();
    }
}
