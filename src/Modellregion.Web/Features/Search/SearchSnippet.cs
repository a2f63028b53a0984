using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Search;

/// <summary>
/// The highlighted excerpt of a hit, made here for both databases alike: the passage around the first word whose stem
/// begins with a query term, every such word in <c>&lt;mark&gt;</c>, all text HTML-encoded.
/// </summary>
public static partial class SearchSnippet
{
    private const int Before = 80;
    private const int Length = 240;

    public static string Html(string? text, IReadOnlyList<string> stems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var words = Word().Matches(text).Where(m => Matches(m.Value, stems)).ToList();
        var start = words.Count == 0 ? 0 : Math.Max(0, words[0].Index - Before);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < words[0].Index ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }

        var position = start;
        foreach (var word in words.Where(w => w.Index >= start && w.Index + w.Length <= end))
        {
            builder.Append(WebUtility.HtmlEncode(text[position..word.Index]));
            builder.Append("<mark>").Append(WebUtility.HtmlEncode(word.Value)).Append("</mark>");
            position = word.Index + word.Length;
        }

        builder.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static bool Matches(string word, IReadOnlyList<string> stems)
    {
        foreach (var term in GermanStemmer.Terms(word))
        {
            foreach (var stem in stems)
            {
                if (term.StartsWith(stem, StringComparison.Ordinal) || (stem.Length >= 4 && term.Contains(stem, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*")]
    private static partial Regex Word();
}

/// <summary>Optimal string alignment distance (Levenshtein with swapped neighbours), stopping early beyond a limit.</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
