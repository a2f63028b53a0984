using System.Globalization;
using System.Text;

namespace Modellregion.Web.Platform;

/// <summary>
/// Text folded for German-aware matching: lower case, umlauts spelled out (ä → ae, ß → ss), other accents
/// removed, everything that is neither letter nor digit as a single space. "Bürgerportal", "BÜRGERPORTAL",
/// "Buergerportal" and the decomposed "Bu\u0308rgerportal" all become "buergerportal".
/// <para>
/// Folding works on Unicode scalars, not on UTF-16 units, so it handles every input: letters outside the Basic
/// Multilingual Plane are letters (compatibility forms such as "𝔘" or "ﬁ" become "u" and "fi"), emoji and other
/// symbols separate words like punctuation, combining marks are dropped, and unpaired surrogates from malformed
/// input (and the noncharacter U+FFFE) count as separators. It never throws.
/// </para>
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // Compose first (NFKC), so that a decomposed "u" + U+0308 is the "ü" spelled out below and compatibility
        // characters take their plain form; the normaliser needs well-formed text.
        var composed = UnicodeText.Normalizable(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length + 8);
        var space = true;

        void Separate()
        {
            if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        foreach (var original in composed.EnumerateRunes())
        {
            var rune = Rune.ToLowerInvariant(original);
            if (rune.IsAscii)
            {
                if (Rune.IsLetterOrDigit(rune))
                {
                    builder.Append((char)rune.Value);
                    space = false;
                }
                else
                {
                    Separate();
                }

                continue;
            }

            var replacement = rune.Value switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => null,
            };
            if (replacement is not null)
            {
                builder.Append(replacement);
                space = false;
                continue;
            }

            // Other accents: decompose ("é" → "e" + U+0301) and drop the marks. A base letter can be upper case
            // only now ("İ" has no single lower-case letter; it is "I" + U+0307).
            foreach (var decomposed in rune.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
            {
                var part = Rune.ToLowerInvariant(decomposed);
                switch (Rune.GetUnicodeCategory(part))
                {
                    case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                        break;
                    case UnicodeCategory.SpacingCombiningMark:
                        // A vowel sign of an Indic script belongs to its word.
                        builder.Append(part.ToString());
                        space = false;
                        break;
                    case var _ when Rune.IsLetterOrDigit(part):
                        builder.Append(part.ToString());
                        space = false;
                        break;
                    default:
                        Separate();
                        break;
                }
            }
        }

        return builder.ToString().TrimEnd();
    }
}

/// <summary>An entity that keeps a folded copy of its searchable text, refreshed on every save.</summary>
public interface ISearchable
{
    void RefreshSearchText();
}
