using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Administration;

/// <summary>The texts of Administration: German in AdministrationTexts.resx, English in AdministrationTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class AdministrationTexts
{
    private AdministrationTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(AdministrationTexts), key, arguments);
}
