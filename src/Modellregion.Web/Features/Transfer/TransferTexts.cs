using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The texts of Transfer: German in TransferTexts.resx, English in TransferTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class TransferTexts
{
    private TransferTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(TransferTexts), key, arguments);
}
