using System.Net;
using Newtonsoft.Json.Linq;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// Walks an OParl API from its System object: every Body, every list of every Body, every page of every list by
/// following <c>links.next</c> to the end. Every answer and every object (embedded ones included) is checked
/// against the schemas and the rules of the specification that the schemas do not cover. Problems are collected,
/// not thrown, so one run reports them all.
/// </summary>
public sealed class OParlCrawler(HttpClient client)
{
    public const string Schema = "https://schema.oparl.org/1.1/";

    /// <summary>The lists a Body must link to (OParl 1.1 chapter 4 and the Body schema).</summary>
    public static readonly string[] BodyLists =
        ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList", "legislativeTermList", "membership"];

    private const int MaxPages = 20_000;

    public List<string> Problems { get; } = [];
    public List<JObject> Objects { get; } = [];
    public List<string> Pages { get; } = [];
    public List<string> Bodies { get; } = [];
    public List<string> RawResponses { get; } = [];

    /// <summary>Query string (without "?") added to the first page of every list, e.g. "modified_since=…".</summary>
    public string? ListQuery { get; init; }

    /// <summary>The external lists followed (Organization.meeting).</summary>
    public List<string> ExternalLists { get; } = [];

    public async Task CrawlAsync(string systemUrl = "/oparl/v1.1")
    {
        var system = await GetObjectAsync(systemUrl);
        if (system is null)
        {
            return;
        }

        await CheckObjectAsync(system, "System", embedded: false);
        var bodyList = system.Value<string>("body");
        if (bodyList is null)
        {
            Problems.Add("System ohne body");
            return;
        }

        foreach (var body in await CrawlListAsync(bodyList, "Body"))
        {
            if (body.Value<bool?>("deleted") == true)
            {
                continue;
            }

            Bodies.Add(body.Value<string>("id")!);
            foreach (var list in BodyLists)
            {
                var url = body.Value<string>(list);
                if (url is null)
                {
                    Problems.Add($"Body {body["id"]} ohne Liste {list}");
                    continue;
                }

                var expected = list switch
                {
                    "locationList" => "Location",
                    "legislativeTermList" => "LegislativeTerm",
                    _ => char.ToUpperInvariant(list[0]) + list[1..],
                };
                var objects = await CrawlListAsync(url, expected);

                // External lists hang off the objects: the meetings of each board (Organization.meeting).
                if (list == "organization")
                {
                    foreach (var meetings in objects.Select(o => o.Value<string>("meeting")).OfType<string>())
                    {
                        ExternalLists.Add(meetings);
                        await CrawlListAsync(meetings, "Meeting");
                    }
                }
            }

            if (body["legislativeTerm"] is not JArray)
            {
                Problems.Add($"Body {body["id"]} ohne eingebettete legislativeTerm-Liste");
            }
        }
    }

    /// <summary>Follows one list to its end; returns its objects.</summary>
    public async Task<List<JObject>> CrawlListAsync(string url, string expectedType)
    {
        var items = new List<JObject>();
        var next = ListQuery is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + ListQuery;
        var first = next;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? total = null;
        int? perPage = null;
        while (next is not null)
        {
            if (!seen.Add(next) || Pages.Count > MaxPages)
            {
                Problems.Add($"{first}: links.next führt im Kreis oder endet nicht ({next})");
                break;
            }

            var page = await GetObjectAsync(next);
            if (page is null)
            {
                break;
            }

            Pages.Add(next);
            if (page["data"] is not JArray data || page["pagination"] is not JObject pagination || page["links"] is not JObject links)
            {
                Problems.Add($"{next}: Listenseite ohne data, pagination oder links");
                break;
            }

            total ??= pagination.Value<int?>("totalElements");
            perPage ??= pagination.Value<int?>("elementsPerPage");
            foreach (var item in data)
            {
                if (item is not JObject value)
                {
                    Problems.Add($"{next}: Eintrag ist kein Objekt");
                    continue;
                }

                if (value.Value<string>("type") != Schema + expectedType)
                {
                    Problems.Add($"{next}: {value["id"]} hat Typ {value["type"]}, erwartet {expectedType}");
                }

                await CheckObjectAsync(value, expectedType, embedded: false);
                items.Add(value);
            }

            CheckFiltersKept(first, links);
            next = links.Value<string>("next");
            if (next is not null && perPage is { } size && data.Count != size)
            {
                Problems.Add($"{page["links"]?["self"]}: Seite mit next hat {data.Count} statt {size} Einträgen");
            }
        }

        if (total is { } expectedTotal && expectedTotal != items.Count)
        {
            Problems.Add($"{first}: totalElements {expectedTotal}, gefunden {items.Count} (fehlt links.next auf einer Seite?)");
        }

        var duplicates = items.GroupBy(i => i.Value<string>("id")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            Problems.Add($"{first}: doppelt gelistet: {string.Join(", ", duplicates)}");
        }

        return items;
    }

    /// <summary>Every filter of the first page must be kept, with the same value, in every link of the list.</summary>
    private void CheckFiltersKept(string first, JObject links)
    {
        var filters = Query(first).Where(p => p.Key is "created_since" or "created_until" or "modified_since" or "modified_until" or "omit_internal" or "limit").ToList();
        foreach (var (name, value) in links.Properties().Select(p => (p.Name, p.Value.Value<string>())))
        {
            if (name == "web" || value is null)
            {
                continue;
            }

            var kept = Query(value);
            foreach (var filter in filters.Where(f => !kept.Contains(f)))
            {
                Problems.Add($"{first}: links.{name} verliert den Filter {filter.Key}={filter.Value}: {value}");
            }
        }
    }

    private static List<KeyValuePair<string, string>> Query(string url)
    {
        var index = url.IndexOf('?', StringComparison.Ordinal);
        return index < 0
            ? []
            : [.. url[(index + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1] : "")))];
    }

    public async Task CheckObjectAsync(JObject value, string expectedType, bool embedded)
    {
        var id = value.Value<string>("id") ?? "(ohne id)";
        if (!embedded)
        {
            Objects.Add(value);
        }

        foreach (var required in new[] { "id", "type", "created", "modified" })
        {
            if (value[required] is null)
            {
                Problems.Add($"{id}: {(embedded ? "eingebettetes " : "")}Objekt ohne {required}");
            }
        }

        if (value.Value<bool?>("deleted") == true)
        {
            // A deleted object keeps id, type, created and modified; everything else may go (OParl 2.8).
            return;
        }

        foreach (var error in await OParlSchemas.ValidateAsync(value))
        {
            Problems.Add($"{id}: {error}");
        }

        // Embedded objects are objects too: created and modified are required for them since OParl 1.1.
        foreach (var child in value.Properties().Where(p => p.Name != "links"))
        {
            foreach (var embeddedObject in child.Value is JArray array ? array.OfType<JObject>() : child.Value is JObject single ? [single] : [])
            {
                if (embeddedObject.Value<string>("type") is { } type && type.StartsWith(Schema, StringComparison.Ordinal))
                {
                    await CheckObjectAsync(embeddedObject, type[Schema.Length..], embedded: true);
                }
            }
        }

        _ = expectedType;
    }

    /// <summary>GET with the checks every JSON answer must pass: 200, JSON, UTF-8 without BOM, CORS.</summary>
    public async Task<JObject?> GetObjectAsync(string url)
    {
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Problems.Add($"{url}: HTTP {(int)response.StatusCode}");
            return null;
        }

        if (!response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) || origins.Single() != "*")
        {
            Problems.Add($"{url}: ohne Access-Control-Allow-Origin: *");
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/json" || !string.Equals(response.Content.Headers.ContentType.CharSet, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            Problems.Add($"{url}: Content-Type {response.Content.Headers.ContentType}");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            Problems.Add($"{url}: UTF-8 mit BOM");
        }

        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        RawResponses.Add(text);
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            Problems.Add($"{url}: kein JSON-Objekt ({e.Message})");
            return null;
        }
    }
}
