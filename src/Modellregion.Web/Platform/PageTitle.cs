using Microsoft.Extensions.Localization;

namespace Modellregion.Web.Platform;

/// <summary>
/// The title of a page that shows one list in several ways (filters, pages): it names what this address shows,
/// "Projekte (Region Ostwestfalen-Lippe, Thema Mobilität, Seite 2)", so that every address has its own title.
/// </summary>
public static class PageTitle
{
    /// <summary>
    /// <paramref name="name"/>, then each detail with a value as "Label value" (the label translated), then the page
    /// number from page 2 on.
    /// </summary>
    public static string Of(string name, IStringLocalizer texts, int page, params (string Label, string? Value)[] details)
    {
        var parts = details
            .Where(d => !string.IsNullOrWhiteSpace(d.Value))
            .Select(d => d.Label.Length == 0 ? d.Value! : $"{texts[d.Label]} {d.Value}")
            .ToList();
        if (page > 1)
        {
            parts.Add(texts["Seite {0}", page]);
        }

        return parts.Count == 0 ? name : $"{name} ({string.Join(", ", parts)})";
    }

    /// <summary>A search term as a detail: „term“, shortened.</summary>
    public static string? Quoted(string? term) => string.IsNullOrWhiteSpace(term) ? null : $"„{UnicodeText.Shorten(term.Trim(), 40)}“";
}
