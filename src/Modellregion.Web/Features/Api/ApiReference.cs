using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Modellregion.Web.Features.Api;

public sealed record ApiReferencePage(string Title, string? Description, IReadOnlyList<ApiTagGroup> Groups);

public sealed record ApiTagGroup(string Name, string Anchor, IReadOnlyList<ApiOperationView> Operations);

public sealed record ApiOperationView(
    string Method, string Path, string Anchor, string? Summary, string? Description,
    IReadOnlyList<ApiParameterView> Parameters, IReadOnlyList<ApiResponseView> Responses, string? ExampleUrl, bool NeedsToken = false);

public sealed record ApiParameterView(string Name, string Location, bool Required, string Type, string? Description);

public sealed record ApiResponseView(string Status, string Description, IReadOnlyList<string> ContentTypes);

/// <summary>
/// The reference of the read API, read from the same OpenAPI document that <c>/openapi/v1.json</c> serves:
/// operations grouped by tag, with parameters, answers and an example address where one needs no data of this
/// installation. Built once; the API does not change while the app runs.
/// </summary>
public sealed class ApiReference(IServiceProvider services)
{
    /// <summary>Example queries that work in every installation (the official register is always there).</summary>
    private static readonly Dictionary<string, string> ExampleQueries = new(StringComparer.Ordinal)
    {
        ["FindMunicipalities"] = "?q=Pader",
        ["MatchSolutions"] = "?kommune=05774032&bedarf=Open%20Data",
    };

    private readonly Lock _lock = new();
    private Task<ApiReferencePage>? _page;

    public Task<ApiReferencePage> PageAsync()
    {
        lock (_lock)
        {
            if (_page is null || _page.IsFaulted || _page.IsCanceled)
            {
                _page = BuildAsync();
            }

            return _page;
        }
    }

    private async Task<ApiReferencePage> BuildAsync()
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiFeature.DocumentName);
        return Build(await provider.GetOpenApiDocumentAsync());
    }

    public static ApiReferencePage Build(OpenApiDocument document)
    {
        var operations =
            from path in document.Paths
            from operation in path.Value.Operations ?? []
            let tag = operation.Value.Tags?.FirstOrDefault()?.Name ?? "Allgemein"
            select (Tag: tag, View: View(path.Key, operation.Key, operation.Value));

        var groups = operations
            .GroupBy(o => o.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ApiTagGroup(g.Key, Anchor(g.Key), [.. g.Select(o => o.View).OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)]))
            .ToList();
        return new ApiReferencePage(document.Info?.Title ?? "API", document.Info?.Description, groups);
    }

    private static ApiOperationView View(string path, HttpMethod method, OpenApiOperation operation)
    {
        var parameters = (operation.Parameters ?? [])
            .Select(p => new ApiParameterView(
                p.Name ?? "",
                p.In switch
                {
                    ParameterLocation.Path => "Pfad",
                    ParameterLocation.Query => "Abfrage",
                    ParameterLocation.Header => "Kopfzeile",
                    ParameterLocation.Cookie => "Cookie",
                    _ => "",
                },
                p.Required,
                TypeOf(p.Schema),
                p.Description))
            .ToList();
        var responses = (operation.Responses ?? [])
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ApiResponseView(r.Key, r.Value.Description ?? "", [.. r.Value.Content?.Keys ?? []]))
            .ToList();
        string? example = null;
        if (method == HttpMethod.Get && !path.Contains('{', StringComparison.Ordinal))
        {
            example = path + (operation.OperationId is { } id && ExampleQueries.TryGetValue(id, out var query) ? query : "");
        }

        var needsToken = operation.Security?.Any(requirement => requirement.Keys.Any(k => k.Reference.Id == ApiFeature.SecuritySchemeName)) == true;
        return new ApiOperationView(method.Method, path, Anchor(operation.OperationId ?? method.Method + path), operation.Summary, operation.Description, parameters, responses, example, needsToken);
    }

    private static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema?.Type is not { } type)
        {
            return "Text";
        }

        var name = (type & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.String => schema.Format == "date" ? "Datum" : "Text",
            JsonSchemaType.Integer => "ganze Zahl",
            JsonSchemaType.Number => "Zahl",
            JsonSchemaType.Boolean => "Wahrheitswert",
            JsonSchemaType.Array => "Liste",
            JsonSchemaType.Object => "Objekt",
            _ => "Wert",
        };
        return name;
    }

    /// <summary>A fragment identifier from a tag or operation name ("Lösungen" → "api-loesungen").</summary>
    private static string Anchor(string text) => "api-" + Platform.Slug.From(text);
}
