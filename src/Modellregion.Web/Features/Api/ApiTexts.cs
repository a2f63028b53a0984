using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Api;

/// <summary>The texts of Api: German in ApiTexts.resx, English in ApiTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class ApiTexts
{
    private ApiTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(ApiTexts), key, arguments);
}
