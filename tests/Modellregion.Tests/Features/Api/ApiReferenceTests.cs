using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Api;

/// <summary>
/// The API reference at /api/docs is a page of the site (header, footer, German), rendered on the server from the
/// same OpenAPI document as /openapi/v1.json: every operation with its parameters and answers, nothing from
/// third parties, and example addresses that answer.
/// </summary>
public sealed class ApiReferenceTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task The_reference_shows_every_operation_of_the_OpenAPI_document_in_the_sites_layout()
    {
        var document = await app.Browser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var page = await app.Browser().GetPageAsync("/api/docs");

        Assert.Equal("API-Referenz – Modellregion", page.Title);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header.site-header nav"));
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
        var headings = page.QuerySelectorAll("main .api-operation h3").Select(h => System.Text.RegularExpressions.Regex.Replace(h.TextContent.Trim(), @"\s+", " ")).ToList();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        Assert.True(operations.Count >= 10, string.Join(", ", operations));
        Assert.Equal(operations.Order(StringComparer.Ordinal), headings.Order(StringComparer.Ordinal));

        // Groups by tag, each operation with its summary and a table of answers.
        Assert.Equal(["Akteure", "Digitalboard", "Lösungen", "Meldungen", "Nachnutzungen", "Projekte", "Projekte – Schreiben", "Regionen", "Suche", "Veranstaltungen"], page.QuerySelectorAll("main .api-group > h2").Select(h => h.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll("main .api-operation"), operation => Assert.NotNull(operation.QuerySelector("table caption")));
        Assert.Contains("Kommune: Name oder achtstelliger Amtlicher Gemeindeschlüssel (AGS).", page.Text());
        Assert.Contains("Nicht gefunden", page.Text());

        // Only the site's own scripts and styles.
        Assert.All(page.QuerySelectorAll("script[src], link[rel=stylesheet]"), element =>
            Assert.StartsWith("/", element.GetAttribute("src") ?? element.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("scalar", (await app.Browser().GetStringAsync("/api/docs")).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_has_a_German_summary_and_every_parameter_a_description()
    {
        var document = await app.Browser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.True(operation.Value.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 10, $"{path.Name}: keine Zusammenfassung");
                foreach (var parameter in operation.Value.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
                {
                    Assert.True(parameter.TryGetProperty("description", out var description) && description.GetString()!.Length > 5,
                        $"{path.Name}: Parameter {parameter.GetProperty("name").GetString()} ohne Beschreibung");
                }

                Assert.True(operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name is "200" or "201" or "204"), $"{path.Name}: keine Antwort 200, 201 oder 204");
            }
        }
    }

    [Fact]
    public async Task The_write_API_names_its_security_scheme_and_only_its_operations_need_a_token()
    {
        var document = await app.Browser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("zugangstoken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Contains("Zugangstoken", scheme.GetProperty("description").GetString());

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var writes = operation.Name is not ("get" or "head");
                Assert.Equal(writes, operation.Value.TryGetProperty("security", out _));
            }
        }

        var page = await app.Browser().GetPageAsync("/api/docs");
        var milestone = page.QuerySelector("#api-updatemilestone")?.ParentElement;
        Assert.NotNull(milestone);
        Assert.Contains("Authorization: Bearer mr_pat_", milestone.TextContent);
        Assert.Contains("409", milestone.TextContent);
    }

    [Fact]
    public async Task The_example_addresses_answer_with_JSON()
    {
        var page = await app.Browser().GetPageAsync("/api/docs");
        var examples = page.QuerySelectorAll("main .api-operation p a[href^='/api/v1/']").Select(a => a.GetAttribute("href")!).ToList();

        Assert.True(examples.Count >= 5, string.Join(", ", examples));
        foreach (var example in examples)
        {
            var response = await app.Browser().GetAsync(example);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example}: {(int)response.StatusCode}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
