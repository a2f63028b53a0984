namespace Modellregion.Web.Platform;

/// <summary>
/// Sources typed into a form, one per line: the address first, then the title, optionally after a vertical bar what
/// the source supports — <c>https://example.org/richtlinie Richtlinie | Förderquoten</c>.
/// </summary>
public static class SourceLines
{
    public const int MaxSources = 30;

    public static string Format(IEnumerable<SourceReference> sources) =>
        string.Join('\n', sources.Select(s => $"{s.Url} {s.Title}" + (s.Supports is null ? "" : $" | {s.Supports}")));

    /// <summary>Parses the lines; a line that is not a source adds a German message for <paramref name="property"/>.</summary>
    public static List<SourceReference> Parse(string? text, string property, Errors errors)
    {
        var sources = new List<SourceReference>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sources;
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > MaxSources)
        {
            errors.Add(property, $"Bitte nennen Sie höchstens {MaxSources} Quellen.");
            return sources;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var space = line.IndexOfAny([' ', '\t']);
            var url = space < 0 ? line : line[..space];
            var rest = space < 0 ? "" : line[(space + 1)..].Trim();
            var bar = rest.IndexOf('|', StringComparison.Ordinal);
            var title = (bar < 0 ? rest : rest[..bar]).Trim();
            var supports = bar < 0 ? null : rest[(bar + 1)..].Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(uri.Host))
            {
                errors.Add(property, $"Zeile {i + 1}: Eine Quelle beginnt mit ihrer vollständigen Internetadresse (https://…), danach folgt ihr Titel.");
                continue;
            }

            if (url.Length > 1000 || title.Length > 300 || supports?.Length > 300)
            {
                errors.Add(property, $"Zeile {i + 1}: Die Adresse darf höchstens 1.000 Zeichen lang sein, Titel und Beleg je höchstens 300.");
                continue;
            }

            sources.Add(new SourceReference { Url = url, Title = title.Length == 0 ? uri.Host : title, Supports = string.IsNullOrEmpty(supports) ? null : supports });
        }

        return sources;
    }
}
