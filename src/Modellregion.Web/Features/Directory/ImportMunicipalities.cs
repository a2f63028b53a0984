using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Directory;

/// <summary>
/// Imports the official register of municipalities (gemeinden-de.csv) and districts (kreise-de.csv).
/// Idempotent: unchanged rows are left alone, changed rows updated, new rows added; nothing is deleted,
/// because organisations and projects refer to the keys.
/// </summary>
public sealed class ImportMunicipalities(AppDbContext db)
{
    public const string Attribution =
        "Gemeinden und Mietniveaustufen: Anlage zur Mietniveau-Einstufungsverordnung (MietNEinV), BGBl. I 2021 S. 3739–3885, " +
        "Gebietsstand 25.01.2021 – amtliches Werk (§ 5 UrhG). Kreisdaten: © Statistisches Bundesamt (Destatis), 2019, GV-ISys, " +
        "Stand 31.12.2018 – Datenlizenz Deutschland – Namensnennung – Version 2.0 (www.govdata.de/dl-de/by-2-0); aufbereitet im " +
        "npm-Paket landkreise-deutschland (CC BY 4.0).";

    public sealed record Result(int DistrictsAdded, int DistrictsUpdated, int MunicipalitiesAdded, int MunicipalitiesUpdated, TimeSpan Duration)
    {
        public override string ToString() =>
            $"Kreise: {DistrictsAdded} neu, {DistrictsUpdated} geändert; Gemeinden: {MunicipalitiesAdded} neu, " +
            $"{MunicipalitiesUpdated} geändert ({Duration.TotalSeconds:0.0} s)";
    }

    /// <summary>Imports the copies of the register shipped with the app.</summary>
    public Task<Result> RunAsync(CancellationToken cancellationToken = default) =>
        RunAsync(OpenEmbedded("kreise-de.csv"), OpenEmbedded("gemeinden-de.csv"), cancellationToken);

    public async Task<Result> RunAsync(Stream districtsCsv, Stream municipalitiesCsv, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var districts = Read(() => ReadDistricts(districtsCsv), "der Kreise");
        var municipalities = Read(() => ReadMunicipalities(municipalitiesCsv), "der Gemeinden");

        var unknownDistrict = municipalities.FirstOrDefault(m => !districts.ContainsKey(m.DistrictAgs));
        if (unknownDistrict is not null)
        {
            throw new InvalidDataException($"Die Gemeinde {unknownDistrict.Ags} verweist auf den unbekannten Kreis {unknownDistrict.DistrictAgs}.");
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existingDistricts = await db.Districts.ToDictionaryAsync(d => d.Ags, cancellationToken);
            var (districtsAdded, districtsUpdated) = (0, 0);
            foreach (var district in districts.Values)
            {
                if (!existingDistricts.TryGetValue(district.Ags, out var existing))
                {
                    db.Districts.Add(district);
                    districtsAdded++;
                }
                else if (existing.Name != district.Name || existing.Type != district.Type || existing.Nuts3 != district.Nuts3
                         || existing.AreaKm2 != district.AreaKm2 || existing.Population != district.Population)
                {
                    (existing.Name, existing.Type, existing.Nuts3, existing.AreaKm2, existing.Population) =
                        (district.Name, district.Type, district.Nuts3, district.AreaKm2, district.Population);
                    db.Entry(existing).State = EntityState.Modified;
                    districtsUpdated++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);

            var existingMunicipalities = await db.Municipalities.ToDictionaryAsync(m => m.Ags, cancellationToken);
            var (added, updated) = (0, 0);
            foreach (var municipality in municipalities)
            {
                if (!existingMunicipalities.TryGetValue(municipality.Ags, out var existing))
                {
                    db.Municipalities.Add(municipality);
                    added++;
                }
                else if (existing.Name != municipality.Name || existing.Land != municipality.Land
                         || existing.DistrictAgs != municipality.DistrictAgs || existing.RentLevel != municipality.RentLevel)
                {
                    (existing.Name, existing.Land, existing.DistrictAgs, existing.RentLevel) =
                        (municipality.Name, municipality.Land, municipality.DistrictAgs, municipality.RentLevel);
                    db.Entry(existing).State = EntityState.Modified;
                    updated++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(districtsAdded, districtsUpdated, added, updated, watch.Elapsed);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
    }

    private static Stream OpenEmbedded(string fileName) =>
        typeof(ImportMunicipalities).Assembly.GetManifestResourceStream($"Modellregion.Web.Data.Reference.{fileName}")
        ?? throw new InvalidOperationException($"Die mitgelieferte Datei {fileName} fehlt.");

    /// <summary>
    /// Reads a whole file before anything is stored. A file the CSV reader cannot read at all (not CSV, wrong
    /// encoding, a missing column) is refused with a German message like every wrong value.
    /// </summary>
    private static T Read<T>(Func<T> read, string file)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (InvalidDataException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataException($"Die Datei {file} ist keine lesbare CSV-Datei mit den erwarteten Spalten.", e);
        }
    }

    private static Dictionary<string, District> ReadDistricts(Stream stream)
    {
        using var csv = CsvReader.Create(stream, null, false);
        var result = new Dictionary<string, District>();
        while (csv.Read())
        {
            var ags = Required(csv, "ags");
            if (ags.Length != 5 || !ags.All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"Zeile {csv.RowNumber}: „{ags}“ ist kein fünfstelliger Kreisschlüssel.");
            }

            result[ags] = new District
            {
                Ags = ags,
                Name = Required(csv, "name", 200),
                Type = Required(csv, "type", 40),
                Nuts3 = Required(csv, "nuts3", 5),
                AreaKm2 = Number(csv, "area_km2", 0m, 9_999_999_999m),
                Population = (int)Number(csv, "population", 0m, int.MaxValue, integer: true),
            };
        }

        return result;
    }

    private static List<Municipality> ReadMunicipalities(Stream stream)
    {
        using var csv = CsvReader.Create(stream, null, false);
        var result = new List<Municipality>(11_000);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var ags = Required(csv, "ags");
            if (!Ags.IsMunicipalityKey(ags))
            {
                throw new InvalidDataException($"Zeile {csv.RowNumber}: „{ags}“ ist kein achtstelliger Gemeindeschlüssel.");
            }

            if (!keys.Add(ags))
            {
                throw new InvalidDataException($"Zeile {csv.RowNumber}: der Gemeindeschlüssel „{ags}“ steht mehrmals in der Datei.");
            }

            result.Add(new Municipality
            {
                Ags = ags,
                Name = Required(csv, "name", 200),
                Land = Required(csv, "land", 2),
                DistrictAgs = Required(csv, "kreis_ags", 5),
                RentLevel = (int)Number(csv, "mietniveaustufe", 0m, 99m, integer: true),
            });
        }

        return result;
    }

    private static string Required(CsvReader csv, string column, int maxLength = int.MaxValue)
    {
        var value = csv.GetString(column);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidDataException($"Zeile {csv.RowNumber}: die Spalte „{column}“ ist leer.");
        }

        value = value.Trim();
        return value.Length <= maxLength && !value.Contains('\0', StringComparison.Ordinal)
            ? value
            : throw new InvalidDataException($"Zeile {csv.RowNumber}: der Wert der Spalte „{column}“ ist zu lang oder enthält ungültige Zeichen.");
    }

    /// <summary>A number of the file (invariant culture), within the range the database stores.</summary>
    private static decimal Number(CsvReader csv, string column, decimal min, decimal max, bool integer = false)
    {
        var text = Required(csv, column);
        var style = integer ? NumberStyles.Integer : NumberStyles.Number;
        return decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidDataException($"Zeile {csv.RowNumber}: „{text}“ in der Spalte „{column}“ ist keine Zahl zwischen {min.ToString(CultureInfo.InvariantCulture)} und {max.ToString(CultureInfo.InvariantCulture)}.");
    }
}

/// <summary>Rules for official keys (Amtlicher Gemeindeschlüssel).</summary>
public static class Ags
{
    public static bool IsMunicipalityKey(string? value) => value is { Length: 8 } && value.All(char.IsAsciiDigit);

    public static bool IsDistrictKey(string? value) => value is { Length: 5 } && value.All(char.IsAsciiDigit);

    /// <summary>Names of the Regierungsbezirke in NRW by their three-digit prefix.</summary>
    public static string? GoverningDistrictName(string ags) => ags.Length < 3 ? null : ags[..3] switch
    {
        "051" => "Düsseldorf",
        "053" => "Köln",
        "055" => "Münster",
        "057" => "Detmold",
        "059" => "Arnsberg",
        _ => null,
    };
}
