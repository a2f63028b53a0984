using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory;

/// <summary>An actor: a municipality, district, authority, university, chamber, company or association.</summary>
public class Organisation : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrganisationType Type { get; set; }

    /// <summary>The applicant type for funding-rate caps when it differs from what the kind suggests.</summary>
    public Funding.ApplicantType? ApplicantType { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? City { get; set; }

    /// <summary>The official key, for municipalities (8 digits).</summary>
    public string? MunicipalityAgs { get; set; }
    public Municipality? Municipality { get; set; }

    /// <summary>The official key, for Kreise and kreisfreie Städte (5 digits).</summary>
    public string? DistrictAgs { get; set; }
    public District? District { get; set; }

    /// <summary>The region whose project office looks after this entry.</summary>
    public int? RegionId { get; set; }
    public Region? Region { get; set; }

    public List<SourceReference> Sources { get; set; } = [];
    public bool IsSynthetic { get; set; }

    /// <summary>A fictional organisation of the training region; marked as example data wherever it is shown.</summary>
    public bool IsExample { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum OrganisationType
{
    Municipality = 1,
    District = 2,
    DistrictGovernment = 3,
    Ministry = 4,
    University = 5,
    ResearchInstitute = 6,
    Chamber = 7,
    Company = 8,
    MunicipalCompany = 9,
    Association = 10,
    Hospital = 11,
    Culture = 12,
    Other = 99,
}

public static class OrganisationTypes
{
    public static readonly IReadOnlyList<(OrganisationType Type, string Slug, string Label)> All =
    [
        (OrganisationType.Municipality, "kommune", "Kommune"),
        (OrganisationType.District, "kreis", "Kreis"),
        (OrganisationType.DistrictGovernment, "bezirksregierung", "Bezirksregierung"),
        (OrganisationType.Ministry, "ministerium", "Ministerium"),
        (OrganisationType.University, "hochschule", "Hochschule"),
        (OrganisationType.ResearchInstitute, "forschung", "Forschungseinrichtung"),
        (OrganisationType.Chamber, "kammer", "Kammer"),
        (OrganisationType.Company, "unternehmen", "Unternehmen"),
        (OrganisationType.MunicipalCompany, "kommunales-unternehmen", "Kommunales Unternehmen"),
        (OrganisationType.Association, "verein-verband", "Verein, Verband, Netzwerk"),
        (OrganisationType.Hospital, "gesundheit", "Gesundheitswesen"),
        (OrganisationType.Culture, "kultur", "Kultureinrichtung"),
        (OrganisationType.Other, "sonstige", "Sonstige"),
    ];

    public static string Label(OrganisationType type) => All.First(t => t.Type == type).Label;

    public static string SlugOf(OrganisationType type) => All.First(t => t.Type == type).Slug;

    public static OrganisationType? FromSlug(string? slug) =>
        All.Where(t => t.Slug == slug).Select(t => (OrganisationType?)t.Type).FirstOrDefault();
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.ShortName).HasMaxLength(60);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.MunicipalityAgs).HasMaxLength(8).IsFixedLength();
        builder.Property(o => o.DistrictAgs).HasMaxLength(5).IsFixedLength();
        builder.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityAgs).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictAgs).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => o.Type);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.OwnsSources(o => o.Sources, "OrganisationSources");
    }
}
