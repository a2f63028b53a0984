using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// The second step of signing in for a person with a second factor: the code of the authenticator app, or one of the
/// recovery codes. Wrong codes count towards the lock-out like wrong passwords (Identity).
/// </summary>
public sealed class LoginCodeModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountTexts> localizer) : PageModel
{
    public const string Path = "/verwaltung/anmelden/code";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? StartAgain() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var code = Normalize(Code);
        if (code.Length == 0)
        {
            return Refuse(nameof(Code), "LoginCode.PleaseEnterTheCode");
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return StartAgain();
        }

        if (code.Length > 12 || !code.All(char.IsAsciiDigit))
        {
            return Refuse(nameof(Code), "LoginCode.TheCodeIsWrong");
        }

        return Finish(await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false), nameof(Code));
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        var code = Normalize(RecoveryCode);
        if (code.Length == 0)
        {
            return Refuse(nameof(RecoveryCode), "LoginCode.PleaseEnterARecoveryCode");
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return StartAgain();
        }

        if (code.Length > 64)
        {
            return Refuse(nameof(RecoveryCode), "LoginCode.TheRecoveryCodeIsWrong");
        }

        return Finish(await signIn.TwoFactorRecoveryCodeSignInAsync(code), nameof(RecoveryCode));
    }

    private static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();

    private IActionResult Finish(Microsoft.AspNetCore.Identity.SignInResult result, string field)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/verwaltung");
        }

        return result.IsLockedOut
            ? Refuse("", "Login.TooManyFailedAttempts")
            : Refuse(field, field == nameof(Code) ? "LoginCode.TheCodeIsWrong" : "LoginCode.TheRecoveryCodeIsWrong");
    }

    private PageResult Refuse(string field, string key)
    {
        ModelState.AddModelError(field, localizer[key].Value);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>No password step in progress (or it expired after five minutes): back to the sign-in form.</summary>
    private RedirectResult StartAgain() =>
        Redirect(AccountFeature.LoginPath + (Url.IsLocalUrl(ReturnUrl) ? "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl) : ""));
}
