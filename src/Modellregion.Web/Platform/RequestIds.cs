using System.Collections;
using System.Net;
using System.Text.RegularExpressions;

namespace Modellregion.Web.Platform;

/// <summary>
/// Every request gets an id (ADR 0028): taken from the trusted reverse proxy's <c>X-Request-Id</c> when it is a safe
/// token, else made here (32 hexadecimal digits, as nginx's <c>$request_id</c>). It is sent back in <c>X-Request-Id</c>,
/// carried in the log scope of the request (<c>RequestId</c>), written into each audit entry of the request and shown
/// on the error pages, so a person can quote it and the office can find the request in the logs.
/// </summary>
public static partial class RequestIds
{
    public const string Header = "X-Request-Id";

    private static readonly object ItemKey = new();

    /// <summary>The id of the request, once <see cref="UseRequestIds"/> has run; else the server's own trace id.</summary>
    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string text ? text : context.TraceIdentifier;

    /// <summary>An id someone else sent is taken only if it is 8 to 64 letters, digits, dots, hyphens or underscores.</summary>
    public static bool IsSafe(string? candidate) => candidate is not null && Pattern().IsMatch(candidate);

    /// <summary>
    /// First in the pipeline, before the reverse proxy's forwarded headers replace the client address: only the
    /// proxy itself (its address as configured under <c>ReverseProxy</c>) may hand in an id.
    /// </summary>
    public static WebApplication UseRequestIds(this WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<ReverseProxyOptions>();
        // Entries that do not parse are reported by the reverse proxy's own set-up (ReverseProxy.AddReverseProxy).
        var known = proxies.KnownProxies.Select(p => IPAddress.TryParse(p, out var a) ? a : null).OfType<IPAddress>().ToList();
        var networks = proxies.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var parsed) ? parsed : (System.Net.IPNetwork?)null)
            .OfType<System.Net.IPNetwork>().ToList();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Modellregion.Requests");
        app.Use(async (context, next) =>
        {
            var incoming = context.Request.Headers[Header].ToString();
            var id = IsSafe(incoming) && FromProxy(context.Connection.RemoteIpAddress, known, networks)
                ? incoming
                : Guid.NewGuid().ToString("N");
            context.Items[ItemKey] = id;
            context.TraceIdentifier = id;

            // Written when the answer starts: the exception handler clears the headers set before.
            context.Response.OnStarting(static state =>
            {
                var current = (HttpContext)state;
                current.Response.Headers[Header] = Of(current);
                return Task.CompletedTask;
            }, context);
            using (logger.BeginScope(new RequestScope(id)))
            {
                await next(context);
            }
        });
        return app;
    }

    private static bool FromProxy(IPAddress? address, List<IPAddress> known, List<System.Net.IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return known.Contains(address) || networks.Any(n => n.Contains(address));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The log scope of a request: one value, <c>RequestId</c>.</summary>
    private sealed class RequestScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
    {
        public int Count => 1;

        public KeyValuePair<string, object> this[int index] =>
            index == 0 ? new("RequestId", id) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            yield return this[0];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"RequestId:{id}";
    }
}
