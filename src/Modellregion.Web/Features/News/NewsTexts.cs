using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.News;

/// <summary>The texts of News: German in NewsTexts.resx, English in NewsTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class NewsTexts
{
    private NewsTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(NewsTexts), key, arguments);
}
