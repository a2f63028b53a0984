using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Security;

public enum TargetKind
{
    /// <summary>A GET parameter of a page or an endpoint that is not an API.</summary>
    Query,

    /// <summary>A parameter of an API endpoint (query or path), answered with ProblemDetails.</summary>
    Api,

    /// <summary>A form posted as application/x-www-form-urlencoded.</summary>
    Form,

    /// <summary>A form with a file field, posted as multipart/form-data.</summary>
    Upload,
}

/// <summary>
/// Where bad input goes: a URL and the names it takes. <see cref="Fields"/> are the form's current values (hidden
/// fields and the anti-forgery token included) or, for GET, no values; <see cref="Names"/> the names to fuzz;
/// <see cref="PathNames"/> the route values of an API path that can be fuzzed too.
/// </summary>
public sealed record FuzzTarget(TargetKind Kind, string Url, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> Names, IReadOnlyList<string> Files)
{
    /// <summary>For an API path: its pattern and the names of its path parameters.</summary>
    public string? Pattern { get; init; }

    public IReadOnlyList<string> PathNames { get; init; } = [];

    public override string ToString() => $"{Kind} {Url}";
}

/// <summary>Finds the targets: the app's endpoint metadata, the forms of its pages, the OpenAPI document it serves.</summary>
public static class FuzzTargets
{
    public static async Task<List<FuzzTarget>> DiscoverAsync(ModellregionApp app, HttpClient admin, MatrixData data, string adminUserId)
    {
        var targets = new List<FuzzTarget>();
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var loader = app.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = RouteCatalog.Normalise(endpoint.RoutePattern.RawText ?? "");
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (pattern.StartsWith("/api/", StringComparison.Ordinal) || pattern.StartsWith("/openapi", StringComparison.Ordinal)
                || pattern == "/verwaltung/abmelden" || pattern.StartsWith("/sprache", StringComparison.Ordinal))
            {
                continue;
            }

            var names = new SortedSet<string>(StringComparer.Ordinal);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
                foreach (var property in page.BoundProperties)
                {
                    names.Add(property.BindingInfo?.BinderModelName ?? property.Name);
                }

                foreach (var parameter in page.HandlerMethods.Where(h => h.HttpMethod == "GET").SelectMany(h => h.Parameters))
                {
                    names.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
                }

                names.Add("handler");
            }
            else if (methods is null || methods.Contains("GET"))
            {
                foreach (var parameter in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
                {
                    var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
                    if (type == typeof(string) || type.IsPrimitive || parameter.HasTryParse)
                    {
                        names.Add(parameter.Name);
                    }
                }
            }
            else
            {
                continue;
            }

            if (pattern.StartsWith("/oparl", StringComparison.Ordinal))
            {
                names.UnionWith(["page", "limit", "created_since", "created_until", "modified_since", "modified_until", "omit_internal"]);
            }

            names.ExceptWith(routeNames);
            var url = data.Fill(pattern);
            using var response = await admin.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType == "text/html" && (int)response.StatusCode == 200)
            {
                var document = await Html.ParseAsync(response);
                foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
                {
                    var target = FormTarget(form, url, adminUserId);
                    if (target is null)
                    {
                        continue;
                    }

                    if (target.Kind == TargetKind.Query)
                    {
                        names.UnionWith(target.Names);
                    }
                    else if (forms.Add(Regex.Replace(target.Url, @"\d+", "N") + " " + string.Join(",", target.Names)))
                    {
                        targets.Add(target);
                    }
                }
            }

            names.ExceptWith(["__RequestVerificationToken"]);
            targets.Add(new FuzzTarget(TargetKind.Query, url, [], [.. names, "unbekannt"], []));
        }

        targets.AddRange(await ApiTargetsAsync(admin, data));
        return targets;
    }

    /// <summary>A form of a page: GET forms give query names, POST forms a target with their current values.</summary>
    private static FuzzTarget? FormTarget(IHtmlFormElement form, string pageUrl, string adminUserId)
    {
        var action = form.GetAttribute("action");
        var url = string.IsNullOrEmpty(action) ? pageUrl : action;
        if (url.Contains("/verwaltung/abmelden", StringComparison.Ordinal) || url.Contains("/sprache", StringComparison.Ordinal)
            || url.Contains(adminUserId, StringComparison.Ordinal) || !url.StartsWith('/'))
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, string>>();
        var files = new List<string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "file" } file when !string.IsNullOrEmpty(file.Name):
                    files.Add(file.Name);
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "reset" or "image"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(select.Name!, selected?.Value ?? ""));
                    break;
                case IHtmlButtonElement { Name.Length: > 0 } button when button.Type == "submit" && form.Elements.OfType<IHtmlButtonElement>().Count(b => b.Type == "submit") == 1:
                    fields.Add(new(button.Name!, button.Value));
                    break;
            }
        }

        var names = fields.Select(f => f.Key).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
        if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
        {
            return new FuzzTarget(TargetKind.Query, url, [], names, []);
        }

        return new FuzzTarget(files.Count > 0 ? TargetKind.Upload : TargetKind.Form, url, fields, names, files);
    }

    /// <summary>Every GET operation of the OpenAPI document with its query and path parameters.</summary>
    private static async Task<List<FuzzTarget>> ApiTargetsAsync(HttpClient client, MatrixData data)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var targets = new List<FuzzTarget>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation))
            {
                continue;
            }

            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var query = parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
            var url = data.Fill(path.Name);
            var pathParameters = parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList();
            targets.Add(new FuzzTarget(TargetKind.Api, url, [], [.. query, "unbekannt"], []) { Pattern = path.Name, PathNames = pathParameters });
        }

        return targets;
    }
}
