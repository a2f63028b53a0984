namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// Texts several features share: the layout, error pages, pagination and the answers of the outcome translation.
/// German in SharedTexts.resx, English in SharedTexts.en.resx; keys are stable identifiers.
/// </summary>
public sealed class SharedTexts
{
    private SharedTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(SharedTexts), key, arguments);
}
