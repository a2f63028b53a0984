using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.OpenData;

/// <summary>The licence and publisher of the open data (section <c>OpenData</c>); by default dl-de/by-2.0.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    public string LicenceId { get; set; } = "dl-de/by-2.0";

    public string LicenceName { get; set; } = "Datenlizenz Deutschland – Namensnennung – Version 2.0";

    public string LicenceUrl { get; set; } = "https://www.govdata.de/dl-de/by-2-0";

    /// <summary>The DCAT-AP.de licence URI (the vocabulary of licences GovData harvests).</summary>
    public string LicenceUri { get; set; } = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

    public string Publisher { get; set; } = "Modellregion";
}

/// <summary>A set as the pages and the catalogue show it.</summary>
public sealed record OpenDataSetInfo(string Name, string Title, string Description, IReadOnlyList<string> Keywords, IReadOnlyList<OpenDataField> Fields);

/// <summary>
/// The open data of every feature that contributes a set (<see cref="IOpenDataSet"/>): CSV in UTF-8 with a byte
/// order mark, semicolons and German headers (the English JSON keys are documented per column), JSON, all sets as
/// one ZIP, and a DCAT-AP.de catalogue in JSON-LD that a portal such as GovData can harvest.
/// </summary>
public sealed class OpenDataCatalogue(IEnumerable<IOpenDataSet> sets, IEnumerable<ILastChange> lastChange, Microsoft.Extensions.Options.IOptions<OpenDataOptions> options)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public OpenDataOptions Options => options.Value;

    public IReadOnlyList<OpenDataSetInfo> Sets { get; } =
        [.. sets.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => new OpenDataSetInfo(s.Name, s.Title, s.Description, s.Keywords, s.Fields))];

    public OpenDataSetInfo? Find(string name) => Sets.FirstOrDefault(s => s.Name == name);

    /// <summary>When the public data last changed (the date the catalogue gives every set).</summary>
    public async Task<DateTime> UpdatedAsync(CancellationToken cancellationToken) =>
        lastChange.FirstOrDefault() is { } source && await source.AtAsync(cancellationToken) is { } at ? at : DateTime.UtcNow;

    public async Task<byte[]?> CsvAsync(string name, CancellationToken cancellationToken) =>
        sets.FirstOrDefault(s => s.Name == name) is { } set ? Csv(set.Fields, await set.RowsAsync(cancellationToken)) : null;

    public async Task<byte[]?> JsonAsync(string name, CancellationToken cancellationToken) =>
        sets.FirstOrDefault(s => s.Name == name) is { } set
            ? Json(set, await set.RowsAsync(cancellationToken), await UpdatedAsync(cancellationToken))
            : null;

    private byte[] Json(IOpenDataSet set, IReadOnlyList<object?[]> rows, DateTime modified)
    {
        var document = new JsonObject
        {
            ["name"] = set.Name,
            ["title"] = set.Title,
            ["licence"] = Options.LicenceId,
            ["licenceUrl"] = Options.LicenceUrl,
            ["modified"] = modified.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["fields"] = new JsonArray([.. set.Fields.Select(f => (JsonNode)new JsonObject { ["key"] = f.Key, ["header"] = f.Header, ["type"] = f.Type, ["unit"] = f.Unit })]),
            ["rows"] = new JsonArray([.. rows.Select(row => (JsonNode)new JsonObject(set.Fields.Select((f, i) => KeyValuePair.Create(f.Key, (JsonNode?)Json(row[i])))))]),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions);
    }

    /// <summary>Every set as CSV and JSON, with the licence, in one ZIP.</summary>
    public async Task<byte[]> ZipAsync(CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Each set's rows are read once for both files, and the date once for all.
            var modified = await UpdatedAsync(cancellationToken);
            foreach (var set in sets.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal))
            {
                var rows = await set.RowsAsync(cancellationToken);
                await WriteAsync(zip, $"{set.Name}.csv", Csv(set.Fields, rows));
                await WriteAsync(zip, $"{set.Name}.json", Json(set, rows, modified));
            }

            await WriteAsync(zip, "LIZENZ.txt", Encoding.UTF8.GetBytes($"{Options.LicenceName} ({Options.LicenceId})\n{Options.LicenceUrl}\nQuelle: {Options.Publisher}\n"));
        }

        return stream.ToArray();
    }

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] content)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync();
        await entry.WriteAsync(content);
    }

    /// <summary>CSV for German spreadsheets: UTF-8 with BOM, semicolons, decimal comma; dates ISO 8601; text a spreadsheet would run as a formula is neutralised.</summary>
    public static byte[] Csv(IReadOnlyList<OpenDataField> fields, IReadOnlyList<object?[]> rows)
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, FormatProvider = german, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            writer.WriteRecord([.. fields.Select(f => f.Header)]);
            foreach (var row in rows)
            {
                writer.WriteRecord([.. row.Select(cell => cell switch
                {
                    null => "",
                    decimal amount => amount.ToString("0.00", german),
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    bool flag => flag ? "ja" : "nein",
                    IFormattable number => number.ToString(null, german),
                    _ => cell.ToString() ?? "",
                })]);
            }
        }

        return stream.ToArray();
    }

    private static JsonValue? Json(object? value) => value switch
    {
        null => null,
        decimal amount => JsonValue.Create(amount),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => JsonValue.Create(time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };
}
