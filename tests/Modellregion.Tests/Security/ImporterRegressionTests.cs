using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Transfer.PublicCode;

namespace Modellregion.Tests.Security;

/// <summary>
/// Found by <see cref="InputFuzzTests"/>: the municipality import failed with exceptions of the CSV reader and of
/// number parsing instead of a German message, and YamlDotNet's scanner fails on some malformed flow sequences with
/// an InvalidOperationException that the publiccode.yml import answered with 500.
/// </summary>
public sealed class ImporterRegressionTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Districts = "ags,name,type,nuts3,area_km2,population\n05774,Kreis Paderborn,Kreis,DEA47,1246.80,307839\n";

    [Theory]
    [InlineData("kein,csv\n1,2\n", Districts, "keine lesbare CSV-Datei")]
    [InlineData("ags,name,type,nuts3,area_km2,population\n05774,Kreis Paderborn,Kreis,DEA47,1e309,307839\n", "ags,name,land,kreis_ags,mietniveaustufe\n", "keine Zahl")]
    [InlineData("ags,name,type,nuts3,area_km2,population\n05774,Kreis Paderborn,Kreis,DEA47,1246.80,99999999999\n", "ags,name,land,kreis_ags,mietniveaustufe\n", "keine Zahl")]
    [InlineData(Districts, "ags,name,land,kreis_ags,mietniveaustufe\n05774999,Neu,Nordrhein-Westfalen,05774,3\n", "zu lang")]
    [InlineData(Districts, "ags,name,land,kreis_ags,mietniveaustufe\n05774998,Neu,NW,05774,3\n05774998,Neu,NW,05774,3\n", "mehrmals")]
    [InlineData(Districts, "ags,name,land,kreis_ags,mietniveaustufe\n05774997,Neu,NW,05774,=cmd|' /C calc'!A0\n", "keine Zahl")]
    public async Task The_municipality_import_refuses_a_bad_file_in_german_and_stores_nothing(string districts, string municipalities, string message)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportMunicipalities>();
        var before = await app.WithDbAsync(db => Task.FromResult(db.Municipalities.Count() + db.Districts.Count()));

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() =>
            import.RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(districts)), new MemoryStream(Encoding.UTF8.GetBytes(municipalities))));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => Task.FromResult(db.Municipalities.Count() + db.Districts.Count())));
    }

    [Fact]
    public void A_publiccode_yml_with_any_character_in_an_unclosed_flow_sequence_is_a_problem_not_an_exception()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "publiccodeYmlVersion: \"0.4\"\nname: [unclosed\ndescription: a" + (char)c + "b\n";
            var (document, problem) = YamlDocument.Parse(text);
            Assert.True(document is not null || problem is not null, $"Zeichen U+{c:X4}");
        }
    }
}
