using System.Text.RegularExpressions;

namespace Modellregion.Web.Platform;

/// <summary>URL slugs from German titles: "Digitale Modellregion Südwestfalen" → "digitale-modellregion-suedwestfalen".</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    public static string From(string text)
    {
        // The folded text (lower case, umlauts spelled out, accents removed; safe for any Unicode input) keeps
        // letters and digits of every script; the slug keeps the ASCII ones.
        var folded = SearchText.Fold(text);
        var slug = NonAlphanumeric().Replace(folded, "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "eintrag" : slug;
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
