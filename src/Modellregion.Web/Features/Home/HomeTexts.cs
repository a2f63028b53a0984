using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Home;

/// <summary>The texts of Home: German in HomeTexts.resx, English in HomeTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class HomeTexts
{
    private HomeTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(HomeTexts), key, arguments);
}
