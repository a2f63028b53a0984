using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform;

/// <summary>
/// How pages and endpoints translate what a use case answered. This is the only place that answers 403 or 404 for
/// a use case: pages never call <c>Forbid()</c> or decide permissions themselves (AuthorizationGateTests).
/// </summary>
public static class PageExtensions
{
    /// <summary>
    /// Shows the form again with its messages and a 4xx status (400 invalid, 409 conflict, 403 forbidden, 404 not found).
    /// The messages are shown in the interface language (<see cref="Message.Localize"/>).
    /// </summary>
    public static IActionResult Show(this PageModel page, Outcome outcome, string prefix = "Input")
    {
        var services = page.HttpContext.RequestServices;
        switch (outcome)
        {
            case Outcome.Invalid invalid:
                foreach (var (property, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        page.ModelState.AddModelError(property.Length == 0 ? "" : prefix.Length == 0 ? property : $"{prefix}.{property}", message.Localize(services));
                    }
                }

                page.Response.StatusCode = StatusCodes.Status400BadRequest;
                return page.Page();
            case Outcome.Conflict conflict:
                page.ModelState.AddModelError("", conflict.Message.Localize(services));
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                return page.Page();
            case Outcome.Forbidden:
                return page.Forbid();
            case Outcome.Denied denied:
                page.ModelState.AddModelError("", denied.Message.Localize(services));
                page.Response.StatusCode = StatusCodes.Status403Forbidden;
                return page.Page();
            case Outcome.NotFound:
                return page.NotFound();
            default:
                throw new InvalidOperationException("Ein gespeichertes Ergebnis wird nicht als Formular angezeigt.");
        }
    }

    /// <summary>
    /// The page of a read use case's view: <paramref name="found"/> takes the view (and returns the page, usually
    /// <c>Page()</c>); a refusal becomes 404 or 403.
    /// </summary>
    public static IActionResult Show<T>(this PageModel page, Result<T> result, Func<T, IActionResult> found)
        where T : class =>
        result.TryGet(out var value, out var refusal) ? found(value) : page.Show(refusal);

    /// <summary>Shows the form again because the bound input is invalid.</summary>
    public static IActionResult Invalid(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }
}

/// <summary>The same translation for JSON endpoints: refusals and failures as RFC 9457 problem details.</summary>
public static class OutcomeResults
{
    /// <summary>
    /// 400 with the messages per field, 409, 403 or 404 as problem details, titled like the error pages;
    /// <paramref name="saved"/> answers a saved outcome (e.g. <c>TypedResults.Created(…)</c>).
    /// </summary>
    public static IResult ToHttpResult(this Outcome outcome, HttpContext context, Func<Outcome.Saved, IResult> saved)
    {
        var services = context.RequestServices;
        var t = services.GetRequiredService<IStringLocalizer<SharedTexts>>();
        return outcome switch
        {
            Outcome.Saved s => saved(s),
            Outcome.Invalid invalid => TypedResults.ValidationProblem(
                invalid.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Localize(services)).ToArray()),
                title: t["Error.InvalidRequest"].Value, detail: t["Error.TheRequestCouldNotBeProcessed2"].Value),
            Outcome.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: t["Error.Error"].Value, detail: conflict.Message.Localize(services)),
            Outcome.Denied denied => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: t["Error.NoAccess"].Value, detail: denied.Message.Localize(services)),
            Outcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: t["Error.NoAccess"].Value,
                detail: t["Error.YouDoNotHavePermissionTo"].Value),
            Outcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: t["Error.PageNotFound"].Value,
                detail: t["Error.ThePageYouRequestedDoesNot"].Value),
            _ => throw new InvalidOperationException($"Unbekanntes Ergebnis: {outcome}"),
        };
    }

    /// <summary>A read use case's view as 200 JSON, or its refusal as problem details.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, HttpContext context)
        where T : class =>
        result.TryGet(out var value, out var refusal)
            ? TypedResults.Ok(value)
            : refusal.ToHttpResult(context, _ => throw new InvalidOperationException("Eine Leseantwort ist nie gespeichert."));
}
