using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;

namespace Modellregion.Tests.Features.OpenData;

/// <summary>
/// A journalist downloads what came of the money: every set as CSV (UTF-8 with BOM, German headers) and JSON, each
/// column documented in the data dictionary, the licence and the date of the last change, all sets as one ZIP, and a
/// DCAT-AP.de catalogue whose download addresses answer — with no personal data and no example data in any file.
/// </summary>
public sealed class OpenDataTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private static readonly string[] Sets = ["regionen", "projekte", "mittelabfluss", "akteure", "loesungen", "nachnutzungen", "veranstaltungen"];

    [Fact]
    public async Task The_page_lists_every_set_with_licence_and_date_and_the_start_page_links_to_it()
    {
        var page = await app.Browser().GetPageAsync("/opendata");

        Assert.Equal(Sets.Order(StringComparer.Ordinal), page.QuerySelectorAll("tr[id^='satz-']").Select(r => r.Id!["satz-".Length..]).Order(StringComparer.Ordinal));
        Assert.Contains("dl-de/by-2.0", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[rel=license][href='https://www.govdata.de/dl-de/by-2-0']"));
        var home = await app.Browser().GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/opendata']"));
        Assert.NotNull(home.QuerySelector("a[href='/opendata/mittelabfluss.csv']"));
    }

    [Theory]
    [InlineData("regionen")]
    [InlineData("projekte")]
    [InlineData("mittelabfluss")]
    [InlineData("akteure")]
    [InlineData("loesungen")]
    [InlineData("nachnutzungen")]
    [InlineData("veranstaltungen")]
    public async Task Every_column_of_the_CSV_and_the_JSON_is_in_the_dictionary(string set)
    {
        var dictionary = await app.Browser().GetPageAsync($"/opendata/{set}");
        var headers = dictionary.QuerySelectorAll("#felder tbody th").Select(th => th.TextContent.Trim()).ToList();
        var keys = dictionary.QuerySelectorAll("#felder tbody code").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(headers);

        var csv = await app.Browser().GetAsync($"/opendata/{set}.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var lines = new UTF8Encoding(false, true).GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(headers, lines[0].Split(';').Select(h => h.Trim('"')));
        Assert.True(lines.Length > 1, $"{set}: keine Zeilen");

        var json = await app.Browser().GetFromJsonAsync<JsonElement>($"/opendata/{set}.json");
        Assert.Equal(keys, json.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        Assert.Equal(lines.Length - 1, json.GetProperty("rows").GetArrayLength());
        Assert.All(json.GetProperty("rows").EnumerateArray(), row => Assert.Equal(keys, row.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("dl-de/by-2.0", json.GetProperty("licence").GetString());
    }

    [Fact]
    public async Task No_download_holds_personal_data_or_example_data()
    {
        var exampleProject = await app.WithDbAsync(db => db.Projects.Where(p => p.Region!.IsExample).Select(p => p.Slug).FirstAsync());
        var zip = await app.Browser().GetAsync("/opendata/alles.zip");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());

        Assert.Equal(Sets.SelectMany(s => new[] { $"{s}.csv", $"{s}.json" }).Append("LIZENZ.txt").Order(StringComparer.Ordinal),
            archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in archive.Entries)
        {
            var text = new StreamReader(entry.Open()).ReadToEnd();
            Assert.DoesNotMatch(@"[\w.+-]+@[\w-]+\.[\w.]+", text);
            Assert.DoesNotContain("(Beispiel)", text, StringComparison.Ordinal);
            Assert.DoesNotContain(exampleProject, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_DCAT_catalogue_names_every_set_with_licence_and_downloads_that_answer()
    {
        var response = await app.Browser().GetAsync("/opendata/katalog.jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var catalogue = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("dcat:Catalog", catalogue.GetProperty("@type").GetString());
        var datasets = catalogue.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(Sets.Length, datasets.Count);
        foreach (var dataset in datasets)
        {
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:title").GetString()));
            foreach (var distribution in dataset.GetProperty("dcat:distribution").EnumerateArray())
            {
                Assert.Equal("http://dcat-ap.de/def/licenses/dl-by-de/2.0", distribution.GetProperty("dct:license").GetProperty("@id").GetString());
                var download = new Uri(distribution.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!);
                Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync(download.PathAndQuery)).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/opendata/gibtsnicht.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/opendata/gibtsnicht")).StatusCode);
    }
}
