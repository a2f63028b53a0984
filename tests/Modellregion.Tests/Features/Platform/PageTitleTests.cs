using System.Net;
using AngleSharp.Html.Parser;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Every page has its own descriptive title (what a browser tab, a bookmark and a screen reader announce first):
/// crawled through HTTP from the start page, and signed in as an administrator from the back office, no two
/// different pages share a title and no page lacks one. One page reachable under two addresses (a programme's rules with
/// and without naming the default programme) is one page: addresses whose main content is the same may share its title.
/// </summary>
public sealed class PageTitleTests(ModellregionApp app, ITestOutputHelper output) : IClassFixture<ModellregionApp>
{
    private const int MaxPages = 400;
    private const int PerPattern = 12;

    private static readonly string[] SkippedPrefixes = ["/api", "/openapi", "/sprache", "/health", "/oparl", "/digitalboard/dateien", "/digitalboard/mitglieder/dateien"];
    private static readonly string[] DownloadExtensions = [".csv", ".ics", ".json", ".xml", ".pdf", ".zip", ".txt", ".yml", ".yaml", ".xlsx"];

    [Fact]
    public async Task Public_pages_have_unique_titles()
    {
        var titles = await CrawlAsync(app.Browser(), ["/", "/impressum", "/leichte-sprache", "/api/docs"], backOffice: false);

        Assert.True(titles.Count >= 60, $"Nur {titles.Count} Seiten gefunden");
        AssertUnique(titles);
        Assert.Equal("Projekte – Modellregion", titles["/projekte"].Title);
        Assert.Contains(titles, t => t.Key.StartsWith("/projekte/", StringComparison.Ordinal) && t.Value.Title.EndsWith(" – Projekte – Modellregion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Back_office_pages_have_unique_titles_for_an_administrator()
    {
        var browser = await app.SignedInAsync(AppRole.Administrator);

        var titles = await CrawlAsync(browser, ["/verwaltung"], backOffice: true);

        Assert.True(titles.Count >= 40, $"Nur {titles.Count} Seiten gefunden");
        AssertUnique(titles);
        Assert.Equal("Fristen – Verwaltung – Modellregion", titles["/verwaltung/fristen"].Title);
    }

    private void AssertUnique(Dictionary<string, (string Title, string Content)> pages)
    {
        output.WriteLine(string.Join("\n", pages.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}\t{t.Value.Title}")));
        var missing = pages.Where(t => string.IsNullOrWhiteSpace(t.Value.Title)).Select(t => t.Key).ToList();
        var shared = pages.GroupBy(t => t.Value.Title, StringComparer.Ordinal).Where(g => g.Select(t => t.Value.Content).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"„{g.Key}“: {string.Join(", ", g.Select(t => t.Key))}").ToList();

        Assert.True(missing.Count == 0, "Seiten ohne Titel: " + string.Join(", ", missing));
        Assert.True(shared.Count == 0, $"{shared.Count} Titel auf mehreren Seiten:\n" + string.Join("\n", shared));
    }

    /// <summary>Breadth-first over internal links; returns the title and the main content's text of every HTML page answered with 200.</summary>
    private static async Task<Dictionary<string, (string Title, string Content)>> CrawlAsync(HttpClient client, IEnumerable<string> start, bool backOffice)
    {
        var parser = new HtmlParser();
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var perPattern = new Dictionary<string, int>(StringComparer.Ordinal);
        var titles = new Dictionary<string, (string Title, string Content)>(StringComparer.Ordinal);
        var errors = new List<string>();
        while (queue.TryDequeue(out var url) && titles.Count < MaxPages)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
            {
                Enqueue(new Uri(new Uri("http://localhost" + url), location).PathAndQuery);
                continue;
            }

            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.NotFound)
            {
                errors.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            var content = string.Join(' ', (document.QuerySelector("main")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            titles[url] = (document.Title?.Trim() ?? "", content);
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                if (Uri.TryCreate(new Uri("http://localhost" + url), link.GetAttribute("href"), out var target) && target.Host == "localhost" && target.Scheme == "http")
                {
                    Enqueue(target.PathAndQuery);
                }
            }
        }

        Assert.True(errors.Count == 0, "Verlinkte Seiten mit Fehler: " + string.Join(", ", errors));
        return titles;

        void Enqueue(string target)
        {
            // "?seite=1" is the first page itself (pagers link to it); it is the same address as without it.
            var parts = target.Split('?', 2);
            var query = parts.Length == 2 ? string.Join('&', parts[1].Split('&').Where(p => p is not ("seite=1" or ""))) : "";
            var path = parts[0];
            target = query.Length == 0 ? path : path + "?" + query;
            if (SkippedPrefixes.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal))
                || DownloadExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                || (backOffice != path.StartsWith("/verwaltung", StringComparison.Ordinal) && !(backOffice && path.StartsWith("/digitalboard/mitglieder", StringComparison.Ordinal)))
                || path == "/verwaltung/anmelden" || path == "/verwaltung/abmelden"
                || !seen.Add(target))
            {
                return;
            }

            var pattern = Pattern(target);
            var count = perPattern.GetValueOrDefault(pattern);
            if (count >= PerPattern)
            {
                return;
            }

            perPattern[pattern] = count + 1;
            queue.Enqueue(target);
        }
    }

    /// <summary>/projekte/lorawan-2-0 → /projekte/*, /projekte?seite=2 → /projekte?, /verwaltung/projekte/5/verlauf → /verwaltung/projekte/*/verlauf.</summary>
    private static string Pattern(string pathAndQuery)
    {
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pattern = "/" + string.Join('/', segments.Select((s, i) => i == 0 || (i == 1 && segments[0] == "verwaltung") || (i == segments.Length - 1 && i >= 2 && !s.Any(char.IsDigit)) ? s : "*"));
        return queryStart < 0 ? pattern : pattern + "?";
    }
}
