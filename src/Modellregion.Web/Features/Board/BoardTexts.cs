using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Board;

/// <summary>The texts of Board: German in BoardTexts.resx, English in BoardTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class BoardTexts
{
    private BoardTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(BoardTexts), key, arguments);
}
