using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.OpenData;

/// <summary>The texts of OpenData: German in OpenDataTexts.resx, English in OpenDataTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class OpenDataTexts
{
    private OpenDataTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(OpenDataTexts), key, arguments);
}
