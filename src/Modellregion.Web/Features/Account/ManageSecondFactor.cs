using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using QRCoder;

namespace Modellregion.Web.Features.Account;

/// <summary>The code from the authenticator app that confirms its set-up.</summary>
public sealed class AuthenticatorCodeInput
{
    [Required(ErrorMessage = "SecondFactor.PleaseEnterTheCode")]
    [StringLength(12, ErrorMessage = "SecondFactor.TheCodeIsInvalid")]
    [Display(Name = "SecondFactor.Code")]
    public string Code { get; set; } = "";
}

/// <summary>
/// The person's second factor as its page shows it: set up or not, required or not, how many recovery codes are
/// left; while not set up, the shared key (grouped in fours), the otpauth:// address and its QR code as SVG.
/// </summary>
public sealed record SecondFactorView(bool Enabled, bool Required, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri, string? QrCodeSvg);

/// <summary>What can be done with one's own second factor.</summary>
public static class SecondFactorOperations
{
    /// <summary>Set up, confirm, renew recovery codes, switch off: every person with a role, for their own account.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Account.ManageSecondFactor" };
}

/// <summary>Decides <see cref="SecondFactorOperations.Manage"/>: anyone signed in with a role.</summary>
public sealed class SecondFactorAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [SecondFactorOperations.Manage];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.HasAnyRole;
}

/// <summary>
/// The signed-in person's second factor with Identity's authenticator support (TOTP, RFC 6238), at
/// <c>/verwaltung/konto/zwei-faktor</c>: the key is made when the page is first opened, a code from the app confirms
/// it and switches the second factor on, 10 recovery codes are shown once; new recovery codes; switching off where
/// no role requires it. Every change renews the security stamp (Identity), so the cookie is issued anew.
/// </summary>
public sealed class ManageSecondFactor(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    CurrentUser currentUser,
    IAuthorizationService authorization,
    IOptions<SecondFactorSettings> settings)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Modellregion";

    public async Task<Result<SecondFactorView>> ViewAsync(CancellationToken cancellationToken = default)
    {
        if (await UserAsync() is not { } user)
        {
            return new Outcome.Forbidden();
        }

        if (!user.TwoFactorEnabled && string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            // A new key renews the security stamp: the cookie is issued anew so this session goes on.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return await ViewOfAsync(user, cancellationToken);
    }

    /// <summary>Checks the code against the key and switches the second factor on; returns the recovery codes once.</summary>
    public async Task<(FormOutcome<SecondFactorView> Result, IReadOnlyList<string>? RecoveryCodes)> EnableAsync(AuthenticatorCodeInput input, bool fieldsValid, CancellationToken cancellationToken = default)
    {
        if (await UserAsync() is not { } user)
        {
            return (new Outcome.Forbidden(), null);
        }

        if (user.TwoFactorEnabled)
        {
            return (new FormOutcome<SecondFactorView>(Outcome.Invalid.Of("", AccountTexts.Of("SecondFactor.AlreadyEnabled")), await ViewOfAsync(user, cancellationToken)), null);
        }

        var code = Normalize(input.Code);
        if (!fieldsValid || code.Length is < 6 or > 8 || !code.All(char.IsAsciiDigit)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            var outcome = fieldsValid ? Outcome.Invalid.Of(nameof(input.Code), AccountTexts.Of("SecondFactor.TheCodeIsInvalid")) : Outcome.Invalid.BoundInput();
            return (new FormOutcome<SecondFactorView>(outcome, await ViewOfAsync(user, cancellationToken)), null);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

        // Signed in anew with the second factor: the cookie no longer asks for its set-up.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return (new FormOutcome<SecondFactorView>(new Outcome.Saved(0, user.Id), await ViewOfAsync(user, cancellationToken)), codes);
    }

    /// <summary>Replaces the recovery codes with 10 new ones, returned once.</summary>
    public async Task<(FormOutcome<SecondFactorView> Result, IReadOnlyList<string>? RecoveryCodes)> NewRecoveryCodesAsync(CancellationToken cancellationToken = default)
    {
        if (await UserAsync() is not { } user)
        {
            return (new Outcome.Forbidden(), null);
        }

        if (!user.TwoFactorEnabled)
        {
            return (new FormOutcome<SecondFactorView>(Outcome.Invalid.Of("", AccountTexts.Of("SecondFactor.NotEnabled")), await ViewOfAsync(user, cancellationToken)), null);
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        return (new FormOutcome<SecondFactorView>(new Outcome.Saved(0, user.Id), await ViewOfAsync(user, cancellationToken)), codes);
    }

    /// <summary>Switches the second factor off and forgets the key, unless a role of the person requires it.</summary>
    public async Task<FormOutcome<SecondFactorView>> DisableAsync(CancellationToken cancellationToken = default)
    {
        if (await UserAsync() is not { } user)
        {
            return new Outcome.Forbidden();
        }

        if (!user.TwoFactorEnabled)
        {
            return new FormOutcome<SecondFactorView>(Outcome.Invalid.Of("", AccountTexts.Of("SecondFactor.NotEnabled")), await ViewOfAsync(user, cancellationToken));
        }

        if (await IsRequiredAsync(user, cancellationToken))
        {
            return new FormOutcome<SecondFactorView>(Outcome.Invalid.Of("", AccountTexts.Of("SecondFactor.RequiredForYourRole")), await ViewOfAsync(user, cancellationToken));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return new Outcome.Saved(0, user.Id);
    }

    /// <summary>The otpauth:// address an authenticator app reads (Key Uri Format).</summary>
    public static string AuthenticatorUri(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The key in groups of four, lower case, as people type it.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The QR code of <paramref name="content"/> as inline SVG: one path of the dark modules, made from the module
    /// matrix only (no text of the request goes in), served with the page itself.
    /// </summary>
    public static string QrCodeSvg(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * 5}\" height=\"{size * 5}\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }

    private static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    private async Task<ApplicationUser?> UserAsync() =>
        await authorization.AllowsAsync(currentUser.Principal, null, SecondFactorOperations.Manage) && currentUser.Id is { } id
            ? await users.FindByIdAsync(id)
            : null;

    private async Task<bool> IsRequiredAsync(ApplicationUser user, CancellationToken cancellationToken) =>
        settings.Value.AppliesTo(await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == user.Id).Select(a => a.Role).ToListAsync(cancellationToken));

    private async Task<SecondFactorView> ViewOfAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var required = await IsRequiredAsync(user, cancellationToken);
        if (user.TwoFactorEnabled)
        {
            return new SecondFactorView(true, required, await users.CountRecoveryCodesAsync(user), null, null, null);
        }

        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var uri = AuthenticatorUri(user.Email ?? user.UserName ?? "", key);
        return new SecondFactorView(false, required, 0, Grouped(key), uri, QrCodeSvg(uri));
    }
}
