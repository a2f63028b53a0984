using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Audit;

/// <summary>The texts of Audit: German in AuditTexts.resx, English in AuditTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class AuditTexts
{
    private AuditTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(AuditTexts), key, arguments);
}
