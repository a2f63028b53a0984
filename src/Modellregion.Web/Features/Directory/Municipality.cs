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

/// <summary>Names of municipalities as the official list writes them ("Hallstadt, St", "Bamberg (Krfr. St)") and as people do.</summary>
public static class MunicipalityNames
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["St"] = "Stadt",
        ["St."] = "Stadt",
        ["kfr. St."] = "Stadt",
        ["Krfr. St"] = "Stadt",
        ["GKSt"] = "Stadt",
        ["gr. kr. St."] = "Stadt",
        ["M"] = "Markt",
        ["Marktgemeinde"] = "Markt",
    };

    /// <summary>
    /// The name of the municipality as an organisation: "Paderborn, Stadt" → "Stadt Paderborn", "Hallstadt, St" →
    /// "Stadt Hallstadt", "Bamberg (Krfr. St)" → "Stadt Bamberg", "Kiel, Landeshauptstadt" → "Landeshauptstadt Kiel";
    /// a name without a suffix stays as it is.
    /// </summary>
    public static string AsOrganisation(string officialName)
    {
        var (place, suffix) = Split(officialName);
        if (suffix is null)
        {
            return place;
        }

        // "Kurort, Stadt": the last part says what it is.
        var last = suffix[(suffix.LastIndexOf(',') + 1)..].Trim();
        return $"{Abbreviations.GetValueOrDefault(last, last)} {place}";
    }

    /// <summary>The place without its suffix: "Paderborn, Stadt" → "Paderborn", "Bamberg (Krfr. St)" → "Bamberg".</summary>
    public static string Place(string officialName) => Split(officialName).Place;

    private static (string Place, string? Suffix) Split(string officialName)
    {
        var name = officialName.Trim();
        foreach (var (abbreviation, _) in Abbreviations)
        {
            var bracketed = $" ({abbreviation})";
            if (name.EndsWith(bracketed, StringComparison.Ordinal))
            {
                return (name[..^bracketed.Length].Trim(), abbreviation);
            }
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? (name, null) : (name[..comma].Trim(), name[(comma + 1)..].Trim());
    }
}
