using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Shared;

/// <summary>Base of every back-office page: sign-in required; permissions are checked by each handler.</summary>
[Authorize]
public abstract class BackOfficePageModel : PageModel
{
    private CurrentUser CurrentUser => HttpContext.RequestServices.GetRequiredService<CurrentUser>();

    protected Task<Permissions> PermissionsAsync() => CurrentUser.PermissionsAsync(HttpContext.RequestAborted);

    /// <summary>A message shown once after a redirect ("Gespeichert.").</summary>
    [TempData]
    public string? Notice { get; set; }
}
