using System.Text.RegularExpressions;
using Modellregion.Web.Platform.Localization;

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

    /// <summary>
    /// The short address a save uses: the one entered (trimmed, lower case) or, when none is, one made from
    /// <paramref name="source"/>. Adds an error for <paramref name="field"/> when it is not a valid slug, is
    /// <paramref name="reserved"/> for a page, or <paramref name="isTaken"/> by another record
    /// (<paramref name="takenMessage"/> with the slug as {0}).
    /// </summary>
    public static async Task<string> CheckAsync(
        string? entered, string source, string field, Errors errors, Func<string, Task<bool>> isTaken,
        Message? takenMessage = null, (string Slug, Message Message)? reserved = null)
    {
        var slug = string.IsNullOrWhiteSpace(entered) ? From(source) : entered.Trim().ToLowerInvariant();
        if (!IsValid(slug))
        {
            errors.Add(field, SharedTexts.Of("Slug.Invalid"));
        }
        else if (reserved is { } r && slug == r.Slug)
        {
            errors.Add(field, r.Message with { Arguments = [slug] });
        }
        else if (await isTaken(slug))
        {
            errors.Add(field, (takenMessage ?? SharedTexts.Of("Slug.Taken")) with { Arguments = [slug] });
        }

        return slug;
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
