using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Modellregion.Tests.Security;

/// <summary>One request kind the app answers: a method on a route pattern, for pages with the handler name.</summary>
public sealed record RouteKey(string Method, string Pattern, string? Handler = null)
{
    /// <summary>How the route appears in the expected table, e.g. <c>POST /verwaltung/projekte/{id}/bearbeiten ?handler=Delete</c>.</summary>
    public override string ToString() => Handler is null ? $"{Method} {Pattern}" : $"{Method} {Pattern} ?handler={Handler}";
}

/// <summary>The routes of the app, read from its own <see cref="EndpointDataSource"/>.</summary>
public static class RouteCatalog
{
    public static async Task<IReadOnlyList<RouteKey>> RoutesAsync(IServiceProvider services)
    {
        var result = new SortedSet<RouteKey>(Comparer<RouteKey>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString())));
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = Normalise(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                // Pages are compiled on first use; the loader gives their handler methods up front.
                var page = descriptor as CompiledPageActionDescriptor
                           ?? await services.GetRequiredService<PageLoader>().LoadAsync(descriptor, endpoint.Metadata);
                foreach (var handler in page.HandlerMethods)
                {
                    result.Add(new RouteKey(handler.HttpMethod.ToUpperInvariant(), pattern, string.IsNullOrEmpty(handler.Name) ? null : handler.Name));
                }

                if (!page.HandlerMethods.Any(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(new RouteKey("GET", pattern));
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
            {
                result.Add(new RouteKey(method, pattern));
            }
        }

        return [.. result];
    }

    /// <summary>Route patterns without constraints and defaults: <c>{id:int}</c> → <c>{id}</c>, <c>{handler?}</c> dropped.</summary>
    public static string Normalise(string raw)
    {
        var pattern = "/" + raw.TrimStart('/');
        pattern = System.Text.RegularExpressions.Regex.Replace(pattern, @"/\{handler\?\}", "");
        pattern = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\*{0,2})([A-Za-z0-9_]+)[^}]*\}", "{$1$2}");
        return pattern;
    }
}
