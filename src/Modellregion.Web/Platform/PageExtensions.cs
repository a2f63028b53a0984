using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform;

public static class PageExtensions
{
    /// <summary>
    /// Shows the form again with its messages and a 4xx status (400 invalid, 409 conflict, 403 forbidden).
    /// The messages are German texts and are shown in the interface language where a translation exists.
    /// </summary>
    public static IActionResult Show(this PageModel page, Outcome outcome, string prefix = "Input")
    {
        var localizer = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        switch (outcome)
        {
            case Outcome.Invalid invalid:
                foreach (var (property, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        page.ModelState.AddModelError(property.Length == 0 ? "" : prefix.Length == 0 ? property : $"{prefix}.{property}", localizer[message].Value);
                    }
                }

                page.Response.StatusCode = StatusCodes.Status400BadRequest;
                return page.Page();
            case Outcome.Conflict conflict:
                page.ModelState.AddModelError("", localizer[conflict.Message].Value);
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                return page.Page();
            case Outcome.Forbidden:
                return page.Forbid();
            case Outcome.Denied denied:
                page.ModelState.AddModelError("", localizer[denied.Message].Value);
                page.Response.StatusCode = StatusCodes.Status403Forbidden;
                return page.Page();
            case Outcome.NotFound:
                return page.NotFound();
            default:
                throw new InvalidOperationException("Ein gespeichertes Ergebnis wird nicht als Formular angezeigt.");
        }
    }

    /// <summary>Shows the form again because the bound input is invalid.</summary>
    public static IActionResult Invalid(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }
}
