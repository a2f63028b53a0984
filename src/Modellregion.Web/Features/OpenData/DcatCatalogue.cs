using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Modellregion.Web.Features.OpenData;

/// <summary>
/// The downloads as a DCAT-AP.de catalogue in JSON-LD: one <c>dcat:Dataset</c> per set with its CSV and JSON
/// distributions, licence, publisher, language and date of the last change, as portals such as GovData harvest it.
/// </summary>
public static class DcatCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string ContentType = "application/ld+json; charset=utf-8";

    public static byte[] Write(OpenDataCatalogue catalogue, string site, DateTime modified)
    {
        var options = catalogue.Options;
        var date = Literal(modified);
        JsonObject Publisher() => new() { ["@type"] = "foaf:Agent", ["foaf:name"] = options.Publisher };
        JsonObject Id(string uri) => new() { ["@id"] = uri };

        var datasets = new JsonArray();
        foreach (var set in catalogue.Sets)
        {
            var landing = $"{site}/opendata/{set.Name}";
            datasets.Add(new JsonObject
            {
                ["@id"] = landing,
                ["@type"] = "dcat:Dataset",
                ["dct:title"] = set.Title,
                ["dct:description"] = set.Description,
                ["dcat:keyword"] = new JsonArray([.. set.Keywords.Select(k => (JsonNode)JsonValue.Create(k))]),
                ["dct:publisher"] = Publisher(),
                ["dct:modified"] = date.DeepClone(),
                ["dct:language"] = Id("http://publications.europa.eu/resource/authority/language/DEU"),
                ["dcat:landingPage"] = Id(landing),
                ["dcat:distribution"] = new JsonArray(
                    Distribution(set, site, "csv", "text/csv", "CSV"),
                    Distribution(set, site, "json", "application/json", "JSON")),
            });

            JsonObject Distribution(OpenDataSetInfo s, string root, string extension, string mediaType, string format) => new()
            {
                ["@id"] = $"{root}/opendata/{s.Name}.{extension}",
                ["@type"] = "dcat:Distribution",
                ["dct:title"] = $"{s.Title} ({format})",
                ["dcat:accessURL"] = Id($"{root}/opendata/{s.Name}"),
                ["dcat:downloadURL"] = Id($"{root}/opendata/{s.Name}.{extension}"),
                ["dcat:mediaType"] = mediaType,
                ["dct:format"] = Id($"http://publications.europa.eu/resource/authority/file-type/{format}"),
                ["dct:license"] = Id(options.LicenceUri),
                ["dcatde:licenseAttributionByText"] = options.Publisher,
                ["dct:modified"] = date.DeepClone(),
            };
        }

        var document = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["dcatde"] = "http://dcat-ap.de/def/dcatde/",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = $"{site}/opendata/katalog.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = "Offene Daten der Modellregion",
            ["dct:description"] = "Programme, Regionen, Projekte mit bewilligten Mitteln, Akteure, Lösungen zur Nachnutzung und Veranstaltungen als CSV und JSON.",
            ["dct:publisher"] = Publisher(),
            ["dct:language"] = Id("http://publications.europa.eu/resource/authority/language/DEU"),
            ["dct:modified"] = date.DeepClone(),
            ["foaf:homepage"] = Id($"{site}/opendata"),
            ["dcat:dataset"] = datasets,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions);
    }

    private static JsonObject Literal(DateTime utc) => new()
    {
        ["@value"] = DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:dateTime",
    };
}
