using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Funding;

/// <summary>The texts of Funding: German in FundingTexts.resx, English in FundingTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class FundingTexts
{
    private FundingTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(FundingTexts), key, arguments);
}
