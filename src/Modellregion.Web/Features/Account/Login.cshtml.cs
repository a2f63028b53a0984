using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Account;

public sealed class LoginModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse an.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse an.")]
        [StringLength(256, ErrorMessage = "Die E-Mail-Adresse ist zu lang.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort an.")]
        [StringLength(200, ErrorMessage = "Das Passwort ist zu lang.")]
        [DataType(DataType.Password)]
        [Display(Name = "Passwort")]
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

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? localizer["Zu viele Fehlversuche: Das Konto ist für 15 Minuten gesperrt."].Value
            : localizer["E-Mail-Adresse oder Passwort sind falsch."].Value);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
