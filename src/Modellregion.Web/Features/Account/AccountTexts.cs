using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Account;

/// <summary>The texts of Account: German in AccountTexts.resx, English in AccountTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class AccountTexts
{
    private AccountTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(AccountTexts), key, arguments);
}
