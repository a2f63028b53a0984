using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Search;

/// <summary>The texts of Search: German in SearchTexts.resx, English in SearchTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class SearchTexts
{
    private SearchTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(SearchTexts), key, arguments);
}
