using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Modellregion.Web.Features.Transfer.PublicCode;

/// <summary>
/// The JSON Schema of publiccode.yml v0.5.0 (teamdigitale/publiccode-json-schema, CC0), shipped with the app.
/// <see cref="Original"/> is the file as published. For validation it is adapted:
/// <list type="number">
/// <item>Loader: references are written as plain-name fragments ("$ref": "#contact" pointing at "$id": "#contact");
/// NJsonSchema resolves only JSON pointers, so they are rewritten to "#/definitions/contact" (same meaning).</item>
/// <item>Documented false error 1: a contractor's <c>email</c> is typed <c>"format": "date"</c>; it is an e-mail address.</item>
/// <item>Documented false error 2: <c>dependsOn</c> is typed as an array of dependsOn objects; the standard (and its
/// example) has one object with <c>open</c>, <c>proprietary</c>, <c>hardware</c>.</item>
/// <item>Strict variant only (<see cref="Strict"/>, used for imports): the language sections of <c>description</c> are
/// declared under <c>properties.additionalProperties</c>, which validates nothing; they are moved to
/// <c>additionalProperties</c> so that unknown keys and the lengths inside a language are checked, and the German
/// country section <c>DE</c> (schema.de.rst) is allowed.</item>
/// </list>
/// </summary>
public static partial class PublicCodeSchema
{
    private const string ResourceName = "Modellregion.Web.Features.Transfer.PublicCode.publiccode_schema_v0.5.0.json";

    /// <summary>The versions of the standard this schema describes (its enum of publiccodeYmlVersion).</summary>
    public static readonly IReadOnlyList<string> SupportedVersions = ["0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5", "0.5.0"];

    private static readonly Lazy<string> OriginalText = new(() =>
    {
        using var stream = typeof(PublicCodeSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Das publiccode.yml-Schema fehlt in der App.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<Task<JsonSchema>> StrictSchema = new(() => JsonSchema.FromJsonAsync(Patch(OriginalText.Value, strict: true)));

    private static readonly Lazy<JObject> Parsed = new(() => JObject.Parse(OriginalText.Value));

    /// <summary>Allowed values of a top-level key's items, from the schema (platforms, categories).</summary>
    public static IReadOnlyList<string> Values(string key) =>
        [.. (Parsed.Value["properties"]![key]!["items"]?["enum"] ?? Parsed.Value["properties"]![key]!["enum"]!).Select(v => (string)v!)];

    public static IReadOnlyList<string> Platforms => Values("platforms");

    public static IReadOnlyList<string> Categories => Values("categories");

    public static IReadOnlyList<string> SoftwareTypes => Values("softwareType");

    public static IReadOnlyList<string> Scopes =>
        [.. Parsed.Value["definitions"]!["intendedAudience"]!["properties"]!["scope"]!["items"]!["enum"]!.Select(v => (string)v!)];

    /// <summary>The schema file exactly as published.</summary>
    public static string Original => OriginalText.Value;

    /// <summary>The schema with the loader fix and the two documented patches only.</summary>
    public static Task<JsonSchema> DocumentedPatchesAsync() => JsonSchema.FromJsonAsync(Patch(OriginalText.Value, strict: false));

    /// <summary>The schema used to check imports: documented patches plus the stricter description section and DE.</summary>
    public static Task<JsonSchema> Strict => StrictSchema.Value;

    public static string Patch(string schemaJson, bool strict)
    {
        var json = PlainNameReference().Replace(schemaJson, "\"$ref\": \"#/definitions/$1\"");
        var root = JObject.Parse(json);
        var definitions = (JObject)root["definitions"]!;

        // Documented false error 1: contractor e-mail.
        definitions["contractor"]!["properties"]!["email"]!["format"] = "email";

        // Documented false error 2: dependsOn is an object.
        root["properties"]!["dependsOn"] = new JObject { ["$ref"] = "#/definitions/dependsOn" };

        if (strict)
        {
            var description = (JObject)definitions["description"]!;
            var language = description["properties"]!["additionalProperties"]!;
            description.Remove("properties");
            description["additionalProperties"] = language;
            description["minProperties"] = 1;
            root["properties"]!["DE"] = new JObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["properties"] = new JObject
                {
                    ["countryExtensionVersion"] = new JObject { ["type"] = "string" },
                    ["leika"] = new JObject
                    {
                        ["type"] = "array",
                        ["items"] = new JObject
                        {
                            ["type"] = "object",
                            ["additionalProperties"] = false,
                            ["required"] = new JArray("leika-id"),
                            ["properties"] = new JObject
                            {
                                ["themenfeld"] = new JObject { ["type"] = "string" },
                                ["lebenslage"] = new JObject { ["type"] = "string" },
                                ["ozg-id"] = new JObject { ["type"] = "string" },
                                ["leika-id"] = new JObject { ["type"] = "string" },
                            },
                        },
                    },
                },
                ["required"] = new JArray("countryExtensionVersion"),
            };
        }

        return root.ToString();
    }

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"#([A-Za-z]+)\"")]
    private static partial Regex PlainNameReference();
}
