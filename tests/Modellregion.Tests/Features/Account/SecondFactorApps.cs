using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Account;

/// <summary>
/// The real app with the second factor required (as in production: administrators and project offices) and the
/// security stamp checked on every request, so a change of roles ends a session at once.
/// </summary>
public sealed class SecondFactorRequiredApp : ModellregionApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Account:RequireTwoFactor", "true");
        builder.UseSetting("Account:SecurityStampValidationInterval", "00:00:00");
    }
}

/// <summary>An authenticator app for the tests: TOTP after RFC 6238 (HMAC-SHA1, 30 seconds, 6 digits).</summary>
public static class Authenticator
{
    /// <summary>The key as the set-up page shows it (groups of four, lower case).</summary>
    public static string KeyOf(IHtmlDocument setupPage) =>
        setupPage.QuerySelector("[data-shared-key]")?.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            ?? throw new InvalidOperationException("Kein Schlüssel auf der Seite.");

    public static string Code(string key, int stepOffset = 0)
    {
        var step = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30) + stepOffset;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1, as Identity does.
        var hash = HMACSHA1.HashData(FromBase32(key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is certainly wrong now (none of the steps Identity accepts).</summary>
    public static string WrongCode(string key)
    {
        var accepted = Enumerable.Range(-3, 7).Select(o => Code(key, o)).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    /// <summary>Opens the set-up page, confirms it with a code and returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(HttpClient browser)
    {
        var page = await browser.GetPageAsync("/verwaltung/konto/zwei-faktor");
        var key = KeyOf(page);
        var confirmed = await browser.SubmitAsync(page, "/verwaltung/konto/zwei-faktor", "form.form-grid", new() { ["Input.Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var codes = (await Html.ParseAsync(confirmed)).QuerySelectorAll("[data-recovery-codes] code").Select(c => c.TextContent).ToList();
        return (key, codes);
    }

    /// <summary>Signs in with the password; answers the browser and where the password step sent it.</summary>
    public static async Task<(HttpClient Browser, string Location)> PasswordStepAsync(ModellregionApp app, string email, string password, string? returnUrl = null)
    {
        var browser = app.Browser();
        var url = "/verwaltung/anmelden" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await browser.SubmitFormAsync(url, "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, response.Headers.Location!.OriginalString);
    }
}
