using System.Globalization;

namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// Content (a project's title, a region's description …) is written in German and may have an English version. The
/// English site shows the English version where one is filled in and the German one otherwise, marked with
/// <c>lang="de"</c> so screen readers pronounce it as German (WCAG 3.1.2).
/// </summary>
public static class ContentLanguage
{
    public static bool IsEnglishSite => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text to show and the language to mark it with (null: the page's own language).</summary>
    public static ContentText Pick(string? german, string? english) =>
        IsEnglishSite && !string.IsNullOrWhiteSpace(english)
            ? new ContentText(english, null)
            : new ContentText(german, IsEnglishSite && !string.IsNullOrWhiteSpace(german) ? "de" : null);
}

/// <summary>A content text in the language it is shown in; <see cref="Lang"/> is set where it differs from the page.</summary>
public sealed record ContentText(string? Value, string? Lang)
{
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    public override string ToString() => Value ?? "";
}
