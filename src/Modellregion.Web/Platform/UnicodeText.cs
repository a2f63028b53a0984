using System.Text;

namespace Modellregion.Web.Platform;

/// <summary>
/// Text as sequences of Unicode scalars rather than UTF-16 units: an emoji or "𝔘" is one character made of two
/// units (a surrogate pair), and cutting or normalising between the two units would break it.
/// </summary>
public static class UnicodeText
{
    /// <summary>
    /// The text with every unpaired surrogate (possible only in malformed input) replaced by U+FFFD, so that it
    /// can be normalised, stored and encoded; well-formed text is returned as it is.
    /// </summary>
    public static string WellFormed(string text)
    {
        var first = FirstUnpairedSurrogate(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? (char)Rune.ReplacementChar.Value : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text that <see cref="string.Normalize(NormalizationForm)"/> accepts: well-formed (see <see cref="WellFormed"/>)
    /// and without the noncharacter U+FFFE, which .NET's normaliser refuses as well; both become U+FFFD.
    /// </summary>
    public static string Normalizable(string text)
    {
        var wellFormed = WellFormed(text);
        return wellFormed.Contains('\uFFFE', StringComparison.Ordinal) ? wellFormed.Replace('\uFFFE', (char)Rune.ReplacementChar.Value) : wellFormed;
    }

    /// <summary>The text cut to at most <paramref name="maxLength"/> UTF-16 units, never inside a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) && char.IsLowSurrogate(text[maxLength]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }

    /// <summary>For messages: the text cut as <see cref="Truncate"/> does, with "…" when something was cut.</summary>
    public static string Shorten(string text, int maxLength) => text.Length <= maxLength ? text : Truncate(text, maxLength) + "…";

    private static int FirstUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
