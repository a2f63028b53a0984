using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Features.Board;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Search;

namespace Modellregion.Tests.Features.Search;

/// <summary>
/// One German-aware search over everything public (<c>/suche</c>, <c>/api/v1/search</c>), on the demo data and on
/// both databases: the named queries find the named items first, word forms, umlauts, transliterations, compound parts
/// and prefixes meet, facets and counts add up, near misses get "meinten Sie …", the index follows every change, no
/// non-public content reaches it, and no input makes it fail.
/// </summary>
public sealed class SearchTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private async Task<(int Total, List<string> Titles, JsonElement Json)> SearchAsync(string query, string? kind = null)
    {
        var url = "/api/v1/search?q=" + Uri.EscapeDataString(query) + (kind is null ? "" : "&art=" + kind);
        var json = await app.Browser().GetFromJsonAsync<JsonElement>(url);
        var titles = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        return (json.GetProperty("total").GetInt32(), titles, json);
    }

    [Theory]
    [InlineData("Buergerportal", "Digitales Bürgerbüro auf Basis eines Serviceportals")]
    [InlineData("Bürgerportal", "Digitales Bürgerbüro auf Basis eines Serviceportals")]
    [InlineData("Kita", "Kita-Vormerkung online")]
    [InlineData("LoRaWAN", "LoRaWAN (Testphase)")]
    [InlineData("lorawan testphase", "LoRaWAN (Testphase)")]
    public async Task A_named_query_finds_the_named_item_first(string query, string expected)
    {
        var (total, titles, _) = await SearchAsync(query);

        Assert.True(total > 0, query);
        Assert.Equal(expected, titles[0]);
    }

    [Fact]
    public async Task Schulen_finds_the_school_project_among_the_first_two_by_its_stem()
    {
        var (_, titles, _) = await SearchAsync("Schulen");
        Assert.Contains("Smart School", titles.Take(2));

        // "Schule" in the text, whole word, before municipalities whose names only begin with "Schul".
        var projects = await SearchAsync("Schulen", "projekt");
        Assert.Contains("Smart School", projects.Titles.Take(2));
    }

    [Fact]
    public async Task Gesundheit_Paderborn_finds_the_health_platform_project_and_its_solution_first()
    {
        var (_, titles, _) = await SearchAsync("Gesundheit Paderborn");

        Assert.Equal(["Digitale Gesundheitsplattform OWL", "Regionale Gesundheitsplattform nach dem Modell OWL"], titles.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LoRaWAN_finds_both_projects_and_the_solution()
    {
        var (total, titles, _) = await SearchAsync("LoRaWAN");

        Assert.Equal(3, total);
        Assert.Equal(["LoRaWAN (Testphase)", "LoRaWAN 2.0", "LoRaWAN-Funknetz mit City-Dashboard"], titles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Straße", "Strasse")]
    [InlineData("Bürgerbüro", "Buergerbuero")]
    [InlineData("BÜRGERBÜRO", "burgerburo")]
    [InlineData("Fragebögen", "Fragebogen")]
    [InlineData("Schule", "Schulen")]
    public async Task Umlauts_transliterations_case_and_word_forms_give_the_same_hits(string one, string other)
    {
        var first = await SearchAsync(one);
        var second = await SearchAsync(other);

        Assert.True(first.Total > 0, one);
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(first.Titles.Order(StringComparer.Ordinal), second.Titles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Portal", "Digitales Bürgerbüro auf Basis eines Serviceportals")]
    [InlineData("Vormerkung", "Kita-Vormerkung online")]
    [InlineData("Plattform", "Digitale Gesundheitsplattform OWL")]
    public async Task A_part_of_a_compound_finds_the_compound(string query, string expected)
    {
        var (_, titles, _) = await SearchAsync(query);

        Assert.Contains(expected, titles);
    }

    [Fact]
    public async Task Typing_the_beginning_of_a_word_suggests_titles()
    {
        var suggestions = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggest?q=" + Uri.EscapeDataString("Gesundheitspl"));
        var titles = suggestions.EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();

        Assert.Contains("Digitale Gesundheitsplattform OWL", titles);
        Assert.All(suggestions.EnumerateArray(), s => Assert.StartsWith("/", s.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lorawna", "lorawan")]
    [InlineData("Kitta", "kita")]
    public async Task A_near_miss_gets_did_you_mean_with_a_query_that_finds_something(string query, string expected)
    {
        var (total, _, json) = await SearchAsync(query);

        Assert.Equal(0, total);
        Assert.Equal(expected, json.GetProperty("suggestion").GetString());
        Assert.True((await SearchAsync(expected)).Total > 0);

        var page = await app.Browser().GetPageAsync("/suche?q=" + Uri.EscapeDataString(query));
        Assert.Equal("/suche?q=" + expected, page.QuerySelector("#meinten-sie a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_compound_without_its_own_hits_is_searched_as_its_parts()
    {
        var page = await app.Browser().GetPageAsync("/suche?q=Buergerportal");

        Assert.Contains("buerger + portal", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Digitales Bürgerbüro auf Basis eines Serviceportals", page.QuerySelector(".search-result h3 a")?.TextContent);
    }

    [Fact]
    public async Task The_page_shows_counts_per_kind_facets_and_a_highlighted_snippet()
    {
        var page = await app.Browser().GetPageAsync("/suche?q=Kita");

        var kinds = page.QuerySelectorAll(".facet-list")[0].QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(kinds, k => k.StartsWith("Projekte (", StringComparison.Ordinal));
        Assert.Contains(kinds, k => k.StartsWith("Lösungen (", StringComparison.Ordinal));
        var total = int.Parse(page.QuerySelector("#treffer")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var all = int.Parse(kinds[0].Split('(')[1].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(total, all);
        Assert.Contains(page.QuerySelectorAll(".search-snippet mark"), m => m.TextContent.StartsWith("Kita", StringComparison.Ordinal));

        // The kind facet narrows to projects, and the region facet of that narrows further.
        var projects = await app.Browser().GetPageAsync("/suche?q=Kita&art=projekt");
        Assert.Equal("Suche nach „Kita“ – Modellregion", page.Title);
        Assert.Equal("Suche nach „Kita“ (Projekte) – Modellregion", projects.Title);
        Assert.All(projects.QuerySelectorAll(".search-result h3 a"), a => Assert.StartsWith("/projekte/", a.GetAttribute("href"), StringComparison.Ordinal));
        var regionLink = projects.QuerySelectorAll(".facet-list a").First(a => a.GetAttribute("href")!.Contains("region=", StringComparison.Ordinal));
        var narrowed = await app.Browser().GetPageAsync(regionLink.GetAttribute("href")!);
        var expected = int.Parse(regionLink.TextContent.Split('(')[^1].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, narrowed.QuerySelectorAll(".search-result").Length);
    }

    [Fact]
    public async Task The_project_list_and_the_catalogue_filter_with_the_same_search()
    {
        var projects = await app.Browser().GetPageAsync("/projekte?q=Schulen");
        Assert.Contains("Smart School", projects.Text(), StringComparison.Ordinal);
        var portal = await app.Browser().GetPageAsync("/projekte?q=Buergerbuero");
        Assert.Contains("Digitales Bürgerbüro auf Basis eines Serviceportals", portal.Text(), StringComparison.Ordinal);
        var solutions = await app.Browser().GetPageAsync("/loesungen?q=Gesundheitsplattformen");
        Assert.Contains("Regionale Gesundheitsplattform nach dem Modell OWL", solutions.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_follows_changes_and_never_holds_unpublished_or_non_public_content()
    {
        var word = "Zqxvorhaben" + Guid.NewGuid().ToString("N")[..6];
        var projectId = await app.ProjectIdAsync("smart-school");
        await app.WithDbAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.Title = $"Smart School {word}";
            await db.SaveChangesAsync();
        });
        Assert.Equal([$"Smart School {word}"], (await SearchAsync(word)).Titles);

        await app.WithDbAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.IsPublished = false;
            await db.SaveChangesAsync();
        });
        Assert.Equal(0, (await SearchAsync(word)).Total);

        await app.WithDbAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.IsPublished = true;
            project.Title = "Smart School";
            await db.SaveChangesAsync();
        });
        Assert.Equal(0, (await SearchAsync(word)).Total);
        Assert.Contains("Smart School", (await SearchAsync("Smart School")).Titles);

        // An unpublished news item, a non-public paper, a non-public agenda item and its resolution.
        var news = "Zqxmeldung" + Guid.NewGuid().ToString("N")[..6];
        await app.WithDbAsync(async db =>
        {
            var region = await db.Set<Region>().FirstAsync();
            db.Add(new NewsItem { Slug = news.ToLowerInvariant(), Title = $"Entwurf {news}", Body = news, PublishedOn = new DateOnly(2026, 1, 1), IsPublished = false, RegionId = region.Id });
            await db.SaveChangesAsync();
        });
        var board = await BoardTestData.SeedAsync(app, meetings: 1);
        Assert.Equal(0, (await SearchAsync(news)).Total);
        Assert.Equal(0, (await SearchAsync(board.Secret)).Total);
        Assert.Contains("Öffentliche Testvorlage", (await SearchAsync("Öffentliche Testvorlage", "vorlage")).Titles);
        var stored = await app.WithDbAsync(db => db.Set<SearchDocument>().CountAsync(d => d.Text.Contains(board.Secret) || d.Title.Contains(board.Secret) || d.Title.Contains(news)));
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task The_index_command_rebuilds_the_same_documents()
    {
        var before = await app.WithDbAsync(db => db.Set<SearchDocument>().OrderBy(d => d.Kind).ThenBy(d => d.Key).Select(d => d.Kind + "/" + d.Key + "/" + d.Title).ToListAsync());
        var rebuilt = await app.WithDbAsync(async db =>
        {
            var indexing = new SearchIndexing(app.Services.GetServices<Modellregion.Web.Features.Shared.ISearchSource>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndexing>.Instance);
            return await indexing.RebuildAsync(db);
        });
        var after = await app.WithDbAsync(db => db.Set<SearchDocument>().OrderBy(d => d.Kind).ThenBy(d => d.Key).Select(d => d.Kind + "/" + d.Key + "/" + d.Title).ToListAsync());

        Assert.Equal(before, after);
        Assert.Equal(after.Count, rebuilt);
        Assert.True((await SearchAsync("LoRaWAN")).Total == 3);
    }

    public static TheoryData<string> BadQueries() =>
    [
        "",
        " ",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("Schule", 2_000)),
        "AND OR NOT",
        "\"unbalanced",
        "Schule\"",
        "NEAR(",
        "NEAR(Schule Kita, 2)",
        "*",
        "Schul*",
        ":*",
        "schul:*",
        "&|!",
        "!(a & b) | c <-> d",
        "'; DROP TABLE \"SearchDocuments\"; --",
        "🙂",
        "🙂 Kita 🙂",
        "\uD800",
        "Kita\uDC00",
        "\0",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "中文 العربية",
        "(((((",
        "{0}",
        "%",
        "_",
        "\\",
    ];

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_bad_query_gets_results_or_a_clear_message_never_an_error(string query)
    {
        var browser = app.Browser();
        // NUL is refused by the site's input check with its German message; everything else is searched.
        var page = await browser.GetAsync("/suche?q=" + Uri.EscapeDataString(query));
        Assert.True(page.StatusCode is HttpStatusCode.OK || (page.StatusCode == HttpStatusCode.BadRequest && query.Contains('\0', StringComparison.Ordinal)), $"{page.StatusCode} for {query}");

        var api = await browser.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
        Assert.True(api.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{api.StatusCode} for {query}");
        if (api.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }

        var suggest = await browser.GetAsync("/api/v1/search/suggest?q=" + Uri.EscapeDataString(query));
        Assert.True(suggest.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{suggest.StatusCode} for {query}");
        var list = await browser.GetAsync("/projekte?q=" + Uri.EscapeDataString(query));
        Assert.True((int)list.StatusCode < 500, $"{list.StatusCode} for {query}");
    }

    [Theory]
    [InlineData("%FF%FE")]
    [InlineData("%ED%A0%80")]
    [InlineData("%C3")]
    [InlineData("%")]
    [InlineData("%%41")]
    public async Task Invalid_UTF8_and_broken_percent_encoding_never_fail(string raw)
    {
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/suche?q=" + raw)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/search?q=" + raw)).StatusCode);
    }

    [Fact]
    public async Task Only_operators_get_a_German_message_and_an_overlong_API_query_a_problem()
    {
        var page = await app.Browser().GetPageAsync("/suche?q=" + Uri.EscapeDataString("&|! :* (* ) \" ^"));
        Assert.Contains("kein Wort, nach dem gesucht werden kann", page.Text(), StringComparison.Ordinal);

        var api = await app.Browser().GetAsync("/api/v1/search?q=" + new string('x', 5_000));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        var shortened = await app.Browser().GetPageAsync("/suche?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Range(1, 30).Select(i => "Kita"))));
        Assert.DoesNotContain("kein Wort", shortened.Text(), StringComparison.Ordinal);
    }
}
