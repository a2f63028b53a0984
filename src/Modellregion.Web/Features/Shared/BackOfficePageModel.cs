using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Shared;

/// <summary>
/// Base of every back-office page: sign-in required. What a person may do is decided by the use case the page calls
/// (through <c>IAuthorizationService</c>); the page translates its answer with <c>this.Show(…)</c> (docs/decisions/0010).
/// </summary>
[Authorize]
public abstract class BackOfficePageModel : PageModel
{
    /// <summary>A message shown once after a redirect ("Gespeichert.").</summary>
    [TempData]
    public string? Notice { get; set; }
}
