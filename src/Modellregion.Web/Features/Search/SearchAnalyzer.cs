using System.Text;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Search;

/// <summary>
/// The one analysis of text for the search, done here and not by the database, so that SQLite (FTS5) and PostgreSQL
/// (<c>tsvector</c>) match the same terms: text folded by <see cref="SearchText.Fold"/> (lower case, "ü" → "ue",
/// "ß" → "ss", other accents removed, hyphens and punctuation split words: "Kita-Vormerkung" is "kita" and
/// "vormerkung"), then stemmed by <see cref="GermanStemmer"/> ("Schulen" and "Schule" → "schul"; umlauts and their
/// transliterations meet: "Bürgerportal", "Buergerportal" → "burgerportal"). Stop words go.
/// <para>
/// Compound words: the tails of every long term are kept as <em>parts</em> ("serviceportal" → … "eportal",
/// "portal"), matched with a lower weight, so that "Portal" finds "Serviceportal" and "Plattform" finds
/// "Gesundheitsplattform". Query words are matched as prefixes, which also serves type-ahead.
/// </para>
/// </summary>
public static class SearchAnalyzer
{
    public const int MaxText = 8000;

    /// <summary>Longer terms are not words (PostgreSQL also refuses lexemes over 2 kB).</summary>
    public const int MaxTermLength = 60;

    private const int MinPartLength = 4;
    private const int MinHeadLength = 3;

    /// <summary>The stems of a text, each once, separated by spaces.</summary>
    public static string Terms(string? text) => string.Join(' ', TermList(text));

    public static IReadOnlyList<string> TermList(string? text) =>
        [.. GermanStemmer.Terms(text).Where(t => t.Length <= MaxTermLength).Distinct(StringComparer.Ordinal)];

    /// <summary>The tails of the long terms (compound parts), without the terms themselves.</summary>
    public static string Parts(IReadOnlyList<string> terms)
    {
        var own = new HashSet<string>(terms, StringComparer.Ordinal);
        var parts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Length < MinHeadLength + MinPartLength + 1 || term.All(char.IsAsciiDigit))
            {
                continue;
            }

            for (var i = MinHeadLength; i <= term.Length - MinPartLength; i++)
            {
                // Only whole letters: a part never starts inside a surrogate pair or before a combining mark.
                if (char.IsLowSurrogate(term[i]) || !char.IsLetterOrDigit(term, i))
                {
                    continue;
                }

                var part = term[i..];
                if (!own.Contains(part) && seen.Add(part))
                {
                    parts.Add(part);
                }
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>The folded words of a title that "meinten Sie …" may suggest.</summary>
    public static IEnumerable<string> SuggestableWords(string? title) =>
        SearchText.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length is >= 4 and <= 40 && !w.Any(char.IsDigit) && !w.Any(char.IsSurrogate))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Text that may be Markdown as plain text (single lines), for terms and snippets.</summary>
    public static string Plain(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var plain = Markdig.Markdown.ToPlainText(UnicodeText.Truncate(UnicodeText.Normalizable(markdown), MaxText * 2));
        return string.Join(' ', plain.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Plain text cut to what the index keeps.</summary>
    public static string Clip(string? text, int length = MaxText)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return UnicodeText.Truncate(UnicodeText.Normalizable(text), length);
    }

    /// <summary>The text for the index: the parts joined, empty ones left out.</summary>
    public static string Join(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                if (builder.Length > 0)
                {
                    builder.Append(" · ");
                }

                builder.Append(part.Trim());
            }
        }

        return builder.ToString();
    }
}
