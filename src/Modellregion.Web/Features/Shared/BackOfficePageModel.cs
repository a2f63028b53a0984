using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Shared;

/// <summary>
/// Base of every back-office page: sign-in required. What a person may do is decided by the use case the page calls
/// (through <c>IAuthorizationService</c>); the page translates its answer with <c>this.Show(…)</c> (docs/decisions/0010).
/// </summary>
[Authorize]
public abstract class BackOfficePageModel : PageModel
{
    /// <summary>
    /// For the pages of features whose checks have not yet moved into their handlers (Funding, Board, Transfer,
    /// Projects); converted pages do not read scopes (AuthorizationGateTests).
    /// </summary>
    protected Task<Permissions> PermissionsAsync() =>
        HttpContext.RequestServices.GetRequiredService<CurrentUser>().PermissionsAsync(HttpContext.RequestAborted);

    /// <summary>A message shown once after a redirect ("Gespeichert.").</summary>
    [TempData]
    public string? Notice { get; set; }
}
