using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Projects;

/// <summary>The JSON API answers with the same use cases as the pages, and with ProblemDetails on errors.</summary>
public sealed class ProjectsApiTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Project_list_is_filtered_like_the_page_and_reports_ignored_parameters()
    {
        var json = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/projects?region=owl&status=unbekannt");

        Assert.True(json.GetProperty("totalCount").GetInt32() >= 13);
        var ignored = json.GetProperty("ignored");
        Assert.Equal(1, ignored.GetArrayLength());
        Assert.Equal("status", ignored[0].GetProperty("parameter").GetString());
        Assert.All(json.GetProperty("items").EnumerateArray(), item => Assert.Equal("owl", item.GetProperty("regionSlug").GetString()));
    }

    [Fact]
    public async Task Project_detail_carries_money_and_sources()
    {
        var json = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/projects/digitale-gesundheitsplattform-owl");

        var money = json.GetProperty("money");
        Assert.Equal(4_800_000m, money.GetProperty("approvedGrant").GetDecimal());
        Assert.Equal(6_400_000m, money.GetProperty("totalCosts").GetDecimal());
        Assert.Equal("2019-12-01", money.GetProperty("periodStart").GetString());
        Assert.Equal("2022-08-31", money.GetProperty("periodEnd").GetString());
        Assert.Equal("FundingPeriodEnded", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("sources").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Unknown_project_is_a_problem_details_404()
    {
        var response = await app.Browser().GetAsync("/api/v1/projects/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("gibt-es-nicht", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_details_404_not_an_html_page()
    {
        var response = await app.Browser().GetAsync("/api/v1/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Regions_and_organisations_are_available_as_json()
    {
        // The five model regions, then the fictional training region, marked as example data.
        var regions = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/regions");
        Assert.Equal(6, regions.GetArrayLength());
        Assert.Equal(5, regions.EnumerateArray().Count(r => !r.GetProperty("isExample").GetBoolean()));
        Assert.Equal("uebungsregion", regions[5].GetProperty("slug").GetString());
        Assert.True(regions[5].GetProperty("isExample").GetBoolean());

        var region = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/regions/owl");
        Assert.Equal("Stadt Paderborn", region.GetProperty("leadName").GetString());

        var organisation = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/organisations/stadt-delbrueck");
        Assert.Equal("05774020", organisation.GetProperty("municipalityAgs").GetString());

        var municipalities = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=Paderb");
        Assert.Contains(municipalities.EnumerateArray(), m => m.GetProperty("ags").GetString() == "05774032");
    }

    [Fact]
    public async Task Municipality_suggestions_are_German_aware_and_put_the_exact_name_first()
    {
        var umlaut = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=Delbrueck");
        var first = umlaut.EnumerateArray().First();
        Assert.Equal("05774020", first.GetProperty("ags").GetString());
        Assert.Equal("Delbrück (Kreis Paderborn, NW)", first.GetProperty("label").GetString());

        var exactFirst = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=paderborn");
        Assert.Equal("05774032", exactFirst.EnumerateArray().First().GetProperty("ags").GetString());

        var official = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=" + Uri.EscapeDataString("Paderborn, Stadt"));
        Assert.Equal("05774032", official.EnumerateArray().First().GetProperty("ags").GetString());

        var sauerland = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=Brilon");
        Assert.Contains(sauerland.EnumerateArray(), m => m.GetProperty("label").GetString() == "Brilon (Hochsauerlandkreis, NW)");

        var byKey = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=0577402");
        Assert.All(byKey.EnumerateArray(), m => Assert.StartsWith("0577402", m.GetProperty("ags").GetString(), StringComparison.Ordinal));
        Assert.Contains(byKey.EnumerateArray(), m => m.GetProperty("ags").GetString() == "05774020");
    }

    [Fact]
    public async Task Municipality_lookup_rejects_a_too_short_term()
    {
        var response = await app.Browser().GetAsync("/api/v1/municipalities?q=a");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var document = await app.Browser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/projects", out _));
        Assert.True(paths.TryGetProperty("/api/v1/projects/{slug}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/regions", out _));
    }
}
