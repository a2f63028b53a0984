using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions;

/// <summary>A model region: owns projects, a project office and a Digitalboard.</summary>
public class Region : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public string? Summary { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>English name for the English site; the German one is shown where this is empty.</summary>
    public string? NameEn { get; set; }

    /// <summary>English summary for the English site; the German one is shown where this is empty.</summary>
    public string? SummaryEn { get; set; }

    /// <summary>English description (Markdown) for the English site; the German one is shown where this is empty.</summary>
    public string? DescriptionEn { get; set; }

    /// <summary>The Regierungsbezirk the region lies in, e.g. "Detmold".</summary>
    public string? GoverningDistrict { get; set; }
    public string? Website { get; set; }

    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }

    public int? LeadOrganisationId { get; set; }
    public Organisation? LeadOrganisation { get; set; }

    public ProjectOfficeContact Office { get; set; } = new();
    public List<RegionParticipation> Participations { get; set; } = [];
    public List<SourceReference> Sources { get; set; } = [];

    public bool IsSynthetic { get; set; }

    /// <summary>
    /// Fictional example data (the training region "Übungsregion"): marked as such wherever it is shown and
    /// kept out of the programme's real figures, open data and OParl.
    /// </summary>
    public bool IsExample { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>How the region's project office (Projektbüro) is reached.</summary>
public class ProjectOfficeContact
{
    public string? Name { get; set; }
    public string? Host { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Website { get; set; }
}

/// <summary>An organisation's part in a region: lead municipality, cooperation partner, granting authority, board member.</summary>
public class RegionParticipation : IAudited
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public RegionRole Role { get; set; }
    public string? Note { get; set; }
}

public enum RegionRole
{
    LeadMunicipality = 1,
    CooperationPartner = 2,
    GrantingAuthority = 3,
    BoardMember = 4,
    ProjectOfficeHost = 5,
}

public static class RegionRoles
{
    public static string Label(RegionRole role) => role switch
    {
        RegionRole.LeadMunicipality => "Leitkommune",
        RegionRole.CooperationPartner => "Kooperationspartner",
        RegionRole.GrantingAuthority => "Bewilligungsbehörde",
        RegionRole.BoardMember => "Im Digitalboard vertreten",
        RegionRole.ProjectOfficeHost => "Träger des Projektbüros",
        _ => role.ToString(),
    };
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.ShortName).HasMaxLength(60);
        builder.Property(r => r.Summary).HasMaxLength(1000);
        builder.Property(r => r.Description).HasMaxLength(20000);
        builder.Property(r => r.NameEn).HasMaxLength(200);
        builder.Property(r => r.SummaryEn).HasMaxLength(1000);
        builder.Property(r => r.DescriptionEn).HasMaxLength(20000);
        builder.Property(r => r.GoverningDistrict).HasMaxLength(60);
        builder.Property(r => r.Website).HasMaxLength(500);
        builder.HasOne(r => r.Programme).WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.LeadOrganisation).WithMany().HasForeignKey(r => r.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.OwnsOne(r => r.Office, o =>
        {
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.Host).HasMaxLength(200);
            o.Property(x => x.Email).HasMaxLength(200);
            o.Property(x => x.Phone).HasMaxLength(60);
            o.Property(x => x.Address).HasMaxLength(300);
            o.Property(x => x.Website).HasMaxLength(500);
        });
        builder.Navigation(r => r.Office).IsRequired();
        builder.OwnsSources(r => r.Sources, "RegionSources");
    }
}

internal sealed class RegionParticipationConfiguration : IEntityTypeConfiguration<RegionParticipation>
{
    public void Configure(EntityTypeBuilder<RegionParticipation> builder)
    {
        builder.HasOne(p => p.Region).WithMany(r => r.Participations).HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.RegionId, p.OrganisationId, p.Role }).IsUnique();
        builder.Property(p => p.Note).HasMaxLength(300);
    }
}
