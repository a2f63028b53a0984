namespace Modellregion.EndToEnd.Support;

/// <summary>
/// Decides which links an accessibility crawl follows: same origin only, no back office (except the login page),
/// no machine endpoints, and only a few pages for each kind of address (one project page looks like the next).
/// </summary>
public sealed class Crawler(Uri baseAddress, int perPattern = 3)
{
    private static readonly string[] SkippedPrefixes = ["/api", "/openapi", "/sprache", "/health", "/oparl", "/digitalboard/dateien", "/digitalboard/mitglieder"];
    private static readonly string[] DownloadExtensions = [".csv", ".ics", ".json", ".jsonld", ".atom", ".xml", ".xlsx", ".pdf", ".zip", ".txt", ".yml", ".yaml"];

    private readonly Queue<string> _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perPattern = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Seen => _seen;

    /// <summary>Adds a page that must be checked, whatever the limits say.</summary>
    public void Require(string pathAndQuery)
    {
        if (_seen.Add(pathAndQuery))
        {
            _queue.Enqueue(pathAndQuery);
        }
    }

    /// <summary>Adds the links found on a page (absolute addresses as the browser resolved them).</summary>
    public void Follow(IEnumerable<string> hrefs)
    {
        foreach (var href in hrefs)
        {
            if (Normalise(href) is not { } target || _seen.Contains(target))
            {
                continue;
            }

            var pattern = Pattern(target);
            var count = _perPattern.GetValueOrDefault(pattern);
            if (count >= perPattern)
            {
                continue;
            }

            _perPattern[pattern] = count + 1;
            _seen.Add(target);
            _queue.Enqueue(target);
        }
    }

    public bool TryNext(out string pathAndQuery) => _queue.TryDequeue(out pathAndQuery!);

    private string? Normalise(string href)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !string.Equals(uri.Authority, baseAddress.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        if (SkippedPrefixes.Any(prefix => path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal))
            || (path.StartsWith("/verwaltung", StringComparison.Ordinal) && path != "/verwaltung/anmelden")
            || DownloadExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // The login page links back with ?ReturnUrl=…; that is the same page.
        return path == "/verwaltung/anmelden" ? path : path + uri.Query;
    }

    /// <summary>/projekte/lorawan-2-0 → /projekte/*, /projekte?seite=2 → /projekte?.</summary>
    private static string Pattern(string pathAndQuery)
    {
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pattern = segments.Length == 0 ? "/" : "/" + segments[0] + string.Concat(Enumerable.Repeat("/*", segments.Length - 1));
        return queryStart < 0 ? pattern : pattern + "?";
    }
}
