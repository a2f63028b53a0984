using System.Text.RegularExpressions;
using Modellregion.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// The OParl 1.1 JSON Schemas from the repository's standards folder (standards/oparl-1.1), loaded with their documented defects patched:
/// every <c>$ref</c> "X.json" becomes "X" (the target's <c>$id</c> has no suffix), the stray <c>$ref</c> beside
/// <c>Body.mainOrganization</c>'s url type is dropped, and the custom keywords <c>references</c>,
/// <c>backreference</c> and <c>cardinality</c> stay annotations (NJsonSchema keeps unknown keywords as extension
/// data and does not validate them). The <c>url</c> format is checked as "an absolute http(s) URL", which, unlike
/// some validators, accepts the loopback address the test server runs on.
/// </summary>
public static partial class OParlSchemas
{
    public static readonly string[] Types =
        ["System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location"];

    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonSchema>>> Loaded = new(LoadAsync);

    public static string Folder { get; } = Repository.PathOf("standards", "oparl-1.1");

    /// <summary>Validator settings with the <c>url</c> format registered.</summary>
    public static JsonSchemaValidatorSettings Settings { get; } = CreateSettings();

    private static JsonSchemaValidatorSettings CreateSettings()
    {
        var settings = new JsonSchemaValidatorSettings();
        settings.AddCustomFormatValidator(new UrlFormat());
        return settings;
    }

    public static Task<IReadOnlyDictionary<string, JsonSchema>> AllAsync() => Loaded.Value;

    /// <summary>Validation errors of an OParl object against the schema of its type, as readable lines.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(JObject value)
    {
        var type = value.Value<string>("type") ?? "";
        var name = type.StartsWith("https://schema.oparl.org/1.1/", StringComparison.Ordinal) ? type["https://schema.oparl.org/1.1/".Length..] : null;
        var schemas = await AllAsync();
        if (name is null || !schemas.TryGetValue(name, out var schema))
        {
            return [$"unbekannter Typ „{type}“"];
        }

        return [.. Flatten(schema.Validate(value, Settings)).Select(e => $"{name} {e.Path}: {e.Kind} {e.Property}")];
    }

    public static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    public static string Patch(string name, string json)
    {
        json = RefWithSuffix().Replace(json, m => $"\"$ref\": \"{m.Groups[1].Value}\"");
        if (name == "Body")
        {
            json = StrayMainOrganizationRef().Replace(json, "", 1);
        }

        return json;
    }

    private static async Task<IReadOnlyDictionary<string, JsonSchema>> LoadAsync()
    {
        var schemas = new Dictionary<string, JsonSchema>();
        foreach (var type in Types)
        {
            await LoadOneAsync(type, schemas);
        }

        return schemas;
    }

    private static async Task<JsonSchema> LoadOneAsync(string type, Dictionary<string, JsonSchema> schemas)
    {
        if (schemas.TryGetValue(type, out var known))
        {
            return known;
        }

        var json = Patch(type, await File.ReadAllTextAsync(Path.Combine(Folder, "schema", type + ".json")));
        var schema = await JsonSchema.FromJsonAsync(json, Path.Combine(Folder, "schema", type), root => new SharedSchemaResolver(root, schemas));
        schemas[type] = schema;
        return schema;
    }

    private sealed class SharedSchemaResolver(JsonSchema root, Dictionary<string, JsonSchema> schemas)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override async Task<NJsonSchema.References.IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            await LoadOneAsync(Path.GetFileName(filePath), schemas);

        public override Task<NJsonSchema.References.IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schemas are read from the standards folder only, not from {url}.");
    }

    /// <summary>OParl's "url": an absolute http or https URL (any host, loopback included).</summary>
    public sealed class UrlFormat : IFormatValidator
    {
        public string Format => "url";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UriExpected;

        public bool IsValid(string value, JTokenType tokenType) =>
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
    }

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"([A-Za-z]+)\\.json\"")]
    private static partial Regex RefWithSuffix();

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"Organization\"\\s*,\\s*")]
    private static partial Regex StrayMainOrganizationRef();
}
