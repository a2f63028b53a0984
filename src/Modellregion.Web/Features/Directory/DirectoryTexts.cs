using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Directory;

/// <summary>The texts of Directory: German in DirectoryTexts.resx, English in DirectoryTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class DirectoryTexts
{
    private DirectoryTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(DirectoryTexts), key, arguments);
}
