using System.Text;

namespace Modellregion.Web.Platform;

/// <summary>
/// A light German stemmer for matching (not for display), so that "Schulen" finds "Schule" and "Anmeldungen" finds
/// "Anmeldung". It follows the idea of CISTEM (Weissweiler and Fraser, 2017): on text folded by
/// <see cref="SearchText.Fold"/> (umlauts spelled out, lower case) it reads umlauts as their base vowel
/// ("Fragebögen" and "Fragebogen" meet), then removes, repeatedly and while more than
/// three letters remain, the endings "em", "er" and "nd" (only from words longer than five letters), then one of
/// "t", "e", "s", "n". Double letters are kept apart while stripping ("ll" is not read as an ending), and the
/// prefix "ge" is removed from longer words ("gemeldet" → "meld", like "melden"). Stems are only compared with
/// each other; they are not words. Known limits: no splitting of compounds (a query word is also matched as a part
/// of a longer word, see the matchmaking), and irregular forms ("Häuser"/"Haus") stay apart.
/// </summary>
public static class GermanStemmer
{
    /// <summary>Words that say nothing about a need; they are left out of matching.</summary>
    private static readonly HashSet<string> StopWords =
    [
        "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die",
        "ein", "eine", "einem", "einen", "einer", "eines", "es", "fuer", "hat", "ich", "ihr", "im", "in", "ist", "mit", "nach",
        "nicht", "noch", "oder", "sie", "sind", "so", "uber", "ueber", "um", "und", "unser", "unsere", "unserer", "vom", "von",
        "vor", "wir", "wie", "wird", "zu", "zum", "zur", "soll", "sollen", "moechten", "brauchen", "suchen", "wollen", "wer",
        "was", "eine", "unseren", "gibt", "kann", "koennen", "the", "and", "for", "of", "to", "a",
    ];

    /// <summary>The stems of the words of <paramref name="text"/>, without stop words and one-letter words.</summary>
    public static IEnumerable<string> Terms(string? text)
    {
        foreach (var word in SearchText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue;
            }

            yield return Stem(word);
        }
    }

    /// <summary>The stem of one folded word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.All(char.IsAsciiDigit))
        {
            return word;
        }

        // Umlauts count as their base vowel ("Bögen" = "Bogen"), as in CISTEM; folded text spells them "oe".
        word = word.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal);
        if (word.StartsWith("ge", StringComparison.Ordinal) && word.Length >= 6)
        {
            word = word[2..];
        }

        // Mark double letters and "sch", "ei", "ie" so that their letters are not taken for endings.
        var text = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (i > 0 && word[i] == word[i - 1] && text.Length > 0 && text[^1] != '*')
            {
                text.Append('*');
                continue;
            }

            text.Append(word[i]);
        }

        var s = text.ToString().Replace("sch", "$", StringComparison.Ordinal).Replace("ei", "%", StringComparison.Ordinal).Replace("ie", "&", StringComparison.Ordinal);
        while (s.Length > 3)
        {
            if (s.Length > 5 && (s.EndsWith("em", StringComparison.Ordinal) || s.EndsWith("er", StringComparison.Ordinal) || s.EndsWith("nd", StringComparison.Ordinal)))
            {
                s = s[..^2];
                continue;
            }

            if (s[^1] is 't' or 'e' or 's' or 'n')
            {
                s = s[..^1];
                continue;
            }

            break;
        }

        var result = new StringBuilder(s.Length + 4);
        foreach (var c in s)
        {
            switch (c)
            {
                case '$':
                    result.Append("sch");
                    break;
                case '%':
                    result.Append("ei");
                    break;
                case '&':
                    result.Append("ie");
                    break;
                case '*':
                    result.Append(result.Length > 0 ? result[^1] : '*');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
