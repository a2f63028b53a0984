using System.Globalization;
using System.Text;

namespace Modellregion.Web.Platform;

/// <summary>
/// Text folded for German-aware matching: lower case, umlauts spelled out (ä → ae, ß → ss), other accents
/// removed, punctuation as single spaces. "Bürgerportal" and "Buergerportal" both become "buergerportal".
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        var space = true;
        foreach (var c in text.ToLowerInvariant())
        {
            var replacement = c switch
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

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(d))
                {
                    builder.Append(d);
                    space = false;
                }
                else if (!space)
                {
                    builder.Append(' ');
                    space = true;
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
