using System.Text;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Search;

/// <summary>
/// A query as the engines see it: every word must match (AND); a word matches as a prefix of a term or of a compound
/// part, or, where a long word was split (<see cref="WithSplit"/>), its two parts together. Rendered for FTS5 and for
/// PostgreSQL's <c>tsquery</c> from the same terms; user input never reaches either syntax, since terms hold only
/// letters and digits and are quoted.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxWords = 10;
    public const int MaxLength = 500;

    private SearchQuery(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> groups, IReadOnlyList<string> words, bool shortened)
    {
        Groups = groups;
        Words = words;
        WasShortened = shortened;
    }

    /// <summary>Per query word its alternatives; each alternative is a list of terms that must all match.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Groups { get; }

    /// <summary>The folded query words, for snippets and suggestions.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>More than <see cref="MaxWords"/> words or <see cref="MaxLength"/> characters were given; the rest was left out.</summary>
    public bool WasShortened { get; }

    public bool IsEmpty => Groups.Count == 0;

    /// <summary>The stems to highlight.</summary>
    public IEnumerable<string> Stems => Groups.SelectMany(g => g.SelectMany(a => a)).Distinct(StringComparer.Ordinal);

    public static SearchQuery Parse(string? text)
    {
        text ??= "";
        var shortened = text.Length > MaxLength;
        text = UnicodeText.Truncate(text, MaxLength);
        var words = new List<string>();
        var groups = new List<IReadOnlyList<IReadOnlyList<string>>>();
        foreach (var word in SearchText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            var stem = GermanStemmer.Terms(word).FirstOrDefault();
            if (stem is null || stem.Length > SearchAnalyzer.MaxTermLength)
            {
                continue;
            }

            if (groups.Count == MaxWords)
            {
                shortened = true;
                break;
            }

            words.Add(word);
            groups.Add([[stem]]);
        }

        return new SearchQuery(groups, words, shortened);
    }

    /// <summary>The query with word <paramref name="index"/> also matching as its two parts (head and tail of a compound).</summary>
    public SearchQuery WithSplit(int index, string head, string tail)
    {
        var groups = Groups.ToList();
        groups[index] = [.. groups[index], [head, tail]];
        return new SearchQuery(groups, Words, WasShortened);
    }

    /// <summary>
    /// FTS5: <c>(("schul" OR "schul"*)) AND …</c>. A term matches exactly or as a prefix; the exact match counts twice
    /// in the ranking, so that "Schulen" ranks "Schule" above "Schuld".
    /// </summary>
    public string ToFts5() => Render(" AND ", " OR ", " AND ", t => $"(\"{t}\" OR \"{t}\"*)");

    /// <summary>PostgreSQL <c>tsquery</c> input: <c>(('schul' | 'schul':*)) &amp; …</c>, ranked the same way.</summary>
    public string ToTsQuery() => Render(" & ", " | ", " & ", t => $"('{t}' | '{t}':*)");

    private string Render(string and, string or, string inner, Func<string, string> term)
    {
        var builder = new StringBuilder();
        for (var g = 0; g < Groups.Count; g++)
        {
            if (g > 0)
            {
                builder.Append(and);
            }

            builder.Append('(');
            for (var a = 0; a < Groups[g].Count; a++)
            {
                if (a > 0)
                {
                    builder.Append(or);
                }

                builder.Append('(').AppendJoin(inner, Groups[g][a].Select(term)).Append(')');
            }

            builder.Append(')');
        }

        return builder.ToString();
    }
}
