using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Features.Directory;

/// <summary>A German municipality (Gemeinde) from the official register, keyed by its AGS.</summary>
public class Municipality
{
    /// <summary>Amtlicher Gemeindeschlüssel: 2 Land + 1 Regierungsbezirk + 2 Kreis + 3 Gemeinde.</summary>
    public required string Ags { get; set; }
    public required string Name { get; set; }

    /// <summary>Two-letter Land code (NW, BY, …).</summary>
    public required string Land { get; set; }
    public required string DistrictAgs { get; set; }
    public District? District { get; set; }

    /// <summary>Mietniveaustufe 1–7 from the regulation the register comes from.</summary>
    public int RentLevel { get; set; }

    /// <summary>The first three digits: Land and Regierungsbezirk ("057" = Detmold).</summary>
    public string GoverningDistrictCode => Ags[..3];
}

/// <summary>A Kreis or kreisfreie Stadt with its population.</summary>
public class District
{
    public required string Ags { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public required string Nuts3 { get; set; }
    public decimal AreaKm2 { get; set; }
    public int Population { get; set; }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.Ags);
        builder.Property(m => m.Ags).HasMaxLength(8).IsFixedLength();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Land).HasMaxLength(2);
        builder.Property(m => m.DistrictAgs).HasMaxLength(5);
        builder.HasOne(m => m.District).WithMany().HasForeignKey(m => m.DistrictAgs).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.Name);
        builder.Ignore(m => m.GoverningDistrictCode);
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Ags);
        builder.Property(d => d.Ags).HasMaxLength(5).IsFixedLength();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Type).HasMaxLength(40);
        builder.Property(d => d.Nuts3).HasMaxLength(5);
        builder.Property(d => d.AreaKm2).HasPrecision(12, 2);
    }
}
