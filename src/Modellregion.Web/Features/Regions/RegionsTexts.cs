using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Regions;

/// <summary>The texts of Regions: German in RegionsTexts.resx, English in RegionsTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class RegionsTexts
{
    private RegionsTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(RegionsTexts), key, arguments);
}
