using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Transfer.PublicCode;
using Newtonsoft.Json.Linq;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The repository describes itself: publiccode.yml at the root is valid against the schema the app ships (the
/// same checks as an import), in German and English, and names the licence of the LICENSE file.
/// </summary>
public sealed class PubliccodeYmlTests
{
    private static JObject ReadRootFile()
    {
        var (document, problem) = YamlDocument.Parse(File.ReadAllText(Repository.PathOf("publiccode.yml")));
        Assert.True(document is not null, problem?.Message);
        return (JObject)document!.Root;
    }

    [Fact]
    public async Task The_root_publiccode_yml_is_valid_against_the_bundled_schema()
    {
        var file = ReadRootFile();

        foreach (var schema in new[] { await PublicCodeSchema.DocumentedPatchesAsync(), await PublicCodeSchema.Strict })
        {
            var errors = schema.Validate(file);
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Kind} {e.Path}")));
        }

        Assert.Contains((string?)file["publiccodeYmlVersion"], PublicCodeSchema.SupportedVersions);
        Assert.Equal("Modellregion", (string?)file["name"]);
        Assert.Equal("standalone/web", (string?)file["softwareType"]);
        Assert.Equal(["web"], file["platforms"]!.Select(p => (string)p!));
        Assert.Null(file["IT"]);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void It_describes_the_product_in_German_and_English(string language)
    {
        var description = ReadRootFile()["description"]?[language];

        Assert.NotNull(description);
        Assert.InRange(((string?)description["shortDescription"])?.Length ?? 0, 20, 150);
        Assert.True(((string?)description["longDescription"])?.Length >= 150);
        Assert.True(description["features"]?.Count() >= 5);
        Assert.Equal(["de", "en"], ReadRootFile()["localisation"]!["availableLanguages"]!.Select(l => (string)l!));
    }

    [Fact]
    public void The_licence_is_the_EUPL_of_the_LICENSE_file()
    {
        var file = ReadRootFile();
        var licence = File.ReadAllText(Repository.PathOf("LICENSE"));

        Assert.Equal("EUPL-1.2", (string?)file["legal"]?["license"]);
        Assert.StartsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2", licence, StringComparison.Ordinal);
        foreach (var article in new[] { "1. Definitions", "5. Obligations of the Licensee", "15. Applicable Law", "Appendix" })
        {
            Assert.Contains(article, licence, StringComparison.Ordinal);
        }

        foreach (var screenshot in file["description"]!.Children<JProperty>().SelectMany(l => l.Value["screenshots"] ?? new JArray()))
        {
            Assert.True(File.Exists(Repository.PathOf(((string)screenshot!).Split('/'))), $"{screenshot} fehlt im Repository");
        }
    }
}
