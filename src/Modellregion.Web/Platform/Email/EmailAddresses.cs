using MimeKit;

namespace Modellregion.Web.Platform.Email;

/// <summary>
/// E-mail addresses people type into public forms: one address (no name, no list), a local part and a domain with a
/// dot, no spaces or control characters, and one MimeKit can send to.
/// </summary>
public static class EmailAddresses
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 254 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)))
        {
            return false;
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at != text.IndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var domain = text[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return MailboxAddress.TryParse(ParserOptions.Default, text, out var address) && address.Address == text;
    }

    /// <summary>The address folded for comparison (one registration per address).</summary>
    public static string Key(string address) => address.Trim().ToLowerInvariant();
}
