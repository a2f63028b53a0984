using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Modellregion.Web.Features.Account;

public sealed class LoginModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountTexts> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Login.PleaseEnterYourEmailAddress")]
        [EmailAddress(ErrorMessage = "Common.PleaseEnterAValidEmailAddress")]
        [StringLength(256, ErrorMessage = "Common.TheEmailAddressIsTooLong")]
        [Display(Name = "Common.EmailAddress")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Login.PleaseEnterYourPassword")]
        [StringLength(PasswordRules.MaxLength, ErrorMessage = "Login.ThePasswordIsTooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/verwaltung");
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; the code of the authenticator app (or a recovery code) comes next.
            return Redirect(LoginCodeModel.Path + (Url.IsLocalUrl(ReturnUrl) ? "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl) : ""));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? localizer["Login.TooManyFailedAttempts"].Value
            : localizer["Login.WrongEmailOrPassword"].Value);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
