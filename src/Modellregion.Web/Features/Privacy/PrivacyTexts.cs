using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Privacy;

/// <summary>The texts of Privacy: German in PrivacyTexts.resx, English in PrivacyTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class PrivacyTexts
{
    private PrivacyTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(PrivacyTexts), key, arguments);
}
