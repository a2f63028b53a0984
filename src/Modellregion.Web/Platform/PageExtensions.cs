using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Platform;

public static class PageExtensions
{
    /// <summary>Shows the form again with its messages and a 4xx status (400 invalid, 409 conflict, 403 forbidden).</summary>
    public static IActionResult Show(this PageModel page, Outcome outcome, string prefix = "Input")
    {
        switch (outcome)
        {
            case Outcome.Invalid invalid:
                foreach (var (property, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        page.ModelState.AddModelError(property.Length == 0 ? "" : $"{prefix}.{property}", message);
                    }
                }

                page.Response.StatusCode = StatusCodes.Status400BadRequest;
                return page.Page();
            case Outcome.Conflict conflict:
                page.ModelState.AddModelError("", conflict.Message);
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                return page.Page();
            case Outcome.Forbidden:
                return page.Forbid();
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
