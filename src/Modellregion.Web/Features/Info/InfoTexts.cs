using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Info;

/// <summary>The texts of Info: German in InfoTexts.resx, English in InfoTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class InfoTexts
{
    private InfoTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(InfoTexts), key, arguments);
}
