using System.Security.Cryptography;
using System.Text;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The unguessable tokens of a registration (confirmation link, personal link, ticket): 32 random bytes, written in
/// the link as base64url; only their SHA-256 is stored, so a copy of the database opens no registration.
/// </summary>
public static class EventTokens
{
    private const string ShortCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a token; null for text that cannot be a token (so nothing is looked up).</summary>
    public static string? Hash(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 43 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }

    /// <summary>A short code for the ticket (8 characters without 0/O and 1/I), unique per event through its index.</summary>
    public static string NewShortCode() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = ShortCodeAlphabet[RandomNumberGenerator.GetInt32(ShortCodeAlphabet.Length)];
        }
    });

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
