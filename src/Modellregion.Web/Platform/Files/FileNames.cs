using System.Globalization;
using System.Text;

namespace Modellregion.Web.Platform.Files;

/// <summary>
/// File names as the browser sent them are the uploader's input: they may carry path parts ("../"), control
/// characters, direction overrides that show "gpj.exe" as "exe.jpg" (U+202E), names Windows reserves for devices,
/// or hundreds of characters. What is stored and sent back is a plain name that keeps letters of every script.
/// </summary>
public static class FileNames
{
    /// <summary>Longest stored name without its extension.</summary>
    public const int MaxBaseLength = 120;

    /// <summary>Used when nothing of the sent name is left.</summary>
    public const string Fallback = "dokument";

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// The cleaned name; with <paramref name="extension"/> (".pdf") the sent extension is replaced by the one the
    /// checked content has, without it the sent extension is kept (cleaned like the rest).
    /// </summary>
    public static string Clean(string? name, string? extension = null)
    {
        var text = UnicodeText.WellFormed(name ?? "");
        text = UnicodeText.Normalizable(text).Normalize(NormalizationForm.FormC);

        // Only the last path part, whichever separator the sending system uses.
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];

        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                // Control characters (NUL, line breaks), format characters (direction overrides and isolates, zero
                // widths, soft hyphen), private use, unassigned and broken characters are dropped.
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                    or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate:
                    continue;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    kept.Append(' ');
                    continue;
            }

            if (rune == Rune.ReplacementChar || (rune.IsAscii && "\"*:<>?|".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            kept.Append(rune.ToString());
        }

        // Trailing dots and spaces are dropped by Windows; leading dots would hide the file elsewhere.
        var cleaned = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
        var (baseName, sentExtension) = Split(cleaned);
        baseName = baseName.Trim(' ', '.');
        var finalExtension = extension ?? sentExtension;
        baseName = UnicodeText.Truncate(baseName, MaxBaseLength).Trim(' ', '.');
        if (baseName.Length == 0)
        {
            baseName = Fallback;
        }

        // "CON", "nul.txt", "COM1.tar.gz": names Windows cannot save.
        var stem = baseName.Split('.')[0].TrimEnd(' ');
        if (ReservedNames.Contains(stem))
        {
            baseName = "_" + baseName;
        }

        return baseName + finalExtension;
    }

    /// <summary>The name and its extension (".pdf"); an extension is short and made of letters and digits only.</summary>
    private static (string BaseName, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return (name, "");
        }

        var extension = name[dot..];
        return extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit)
            ? (name[..dot], extension.ToLowerInvariant())
            : (name, "");
    }
}
