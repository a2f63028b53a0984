using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;

namespace Modellregion.Tests.Features.Directory;

/// <summary>The official register is imported completely and exactly as the official files say, and re-imports change nothing.</summary>
public sealed class ReferenceDataTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    /// <summary>The official files as kept in the repository (the app embeds the same files).</summary>
    private static string ReferenceFile(string file) => Repository.PathOf("src", "Modellregion.Web", "Data", "Reference", file);

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = CsvHelper.CsvReader.FromFile(path);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "")]);
        }

        return rows;
    }

    [Fact]
    public async Task Every_municipality_and_district_of_the_official_files_is_in_the_database()
    {
        var municipalities = ReadCsv(ReferenceFile("gemeinden-de.csv"));
        var districts = ReadCsv(ReferenceFile("kreise-de.csv"));

        var stored = await app.WithDbAsync(db => db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Ags));
        var storedDistricts = await app.WithDbAsync(db => db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Ags));

        Assert.Equal(10_793, municipalities.Count);
        Assert.Equal(401, districts.Count);
        Assert.Equal(municipalities.Count, stored.Count);
        Assert.Equal(districts.Count, storedDistricts.Count);
        foreach (var row in municipalities)
        {
            var municipality = stored[row[0]];
            Assert.Equal(row[1], municipality.Name);
            Assert.Equal(row[2], municipality.Land);
            Assert.Equal(row[3], municipality.DistrictAgs);
        }

        foreach (var row in districts)
        {
            Assert.Equal(int.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), storedDistricts[row[0]].Population);
        }

        Assert.Equal("Paderborn", stored["05774032"].Name);
        Assert.Equal(396, stored.Values.Count(m => m.Land == "NW"));
        Assert.Equal(83_019_213L, storedDistricts.Values.Sum(d => (long)d.Population));
    }

    [Fact]
    public async Task Import_is_idempotent_and_accepts_the_official_files()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportMunicipalities>();

        await using var districts = File.OpenRead(ReferenceFile("kreise-de.csv"));
        await using var municipalities = File.OpenRead(ReferenceFile("gemeinden-de.csv"));
        var result = await import.RunAsync(districts, municipalities);

        Assert.Equal((0, 0, 0, 0), (result.DistrictsAdded, result.DistrictsUpdated, result.MunicipalitiesAdded, result.MunicipalitiesUpdated));
    }

    [Fact]
    public async Task Import_updates_a_changed_name_and_leaves_references_intact()
    {
        await app.WithDbAsync(async db =>
        {
            var paderborn = await db.Municipalities.SingleAsync(m => m.Ags == "05774032");
            paderborn.Name = "Paderborn (alt)";
            await db.SaveChangesAsync();
        });

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ImportMunicipalities>().RunAsync();

        Assert.Equal(1, result.MunicipalitiesUpdated);
        Assert.Equal("Paderborn", await app.WithDbAsync(db => db.Municipalities.Where(m => m.Ags == "05774032").Select(m => m.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.MunicipalityAgs == "05774032")));
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_its_line_and_nothing_is_stored()
    {
        var before = await app.WithDbAsync(db => db.Municipalities.CountAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportMunicipalities>();
        using var districts = new MemoryStream("ags,name,type,nuts3,area_km2,population\n05774,Paderborn,Kreis,DEA47,1246.80,306890\n"u8.ToArray());
        using var municipalities = new MemoryStream("ags,name,land,kreis_ags,mietniveaustufe\n09999001,Neu,NW,05774,2\n5774,Kaputt,NW,05774,2\n"u8.ToArray());

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => import.RunAsync(districts, municipalities));

        Assert.Contains("Zeile 2", error.Message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Municipalities.CountAsync()));
    }
}
