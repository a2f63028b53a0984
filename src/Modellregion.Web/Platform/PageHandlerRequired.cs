using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Modellregion.Web.Platform;

/// <summary>
/// A page that has handlers answers only through one of them. Without this filter Razor Pages renders the page
/// without running any handler when none matches the request (a POST to a page with only named POST handlers, a POST
/// to a page that only has <c>OnGet</c>), and the page then fails on the model its handler would have loaded. Such a
/// request is refused instead: 404 when the page answers the method but through none of the named handlers, 405 for
/// a method it does not answer. Pages without any handler (static pages, the error page) are left alone.
/// </summary>
public sealed class PageHandlerRequired : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && handlers.Count > 0)
        {
            var method = context.HttpContext.Request.Method;
            var answersMethod = handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
                                                  || (HttpMethods.IsHead(method) && string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)));
            context.Result = new StatusCodeResult(answersMethod ? StatusCodes.Status404NotFound : StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
