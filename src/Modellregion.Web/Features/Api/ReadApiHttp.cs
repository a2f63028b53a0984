using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Cluster;

namespace Modellregion.Web.Features.Api;

/// <summary>How the read API and OParl are served to machines (section <c>Api</c>).</summary>
public sealed class ReadApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Requests per minute and client address to <c>/api/v1</c> and <c>/oparl</c> for the whole installation; 0 switches
    /// the limit off. With several web nodes each allows its share (<see cref="ClusterOptions.Nodes"/>).
    /// </summary>
    public int PermitsPerMinute { get; set; } = 6000;

    /// <summary>How long a shared cache or a client may use an answer without asking again (seconds).</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Answers up to this size (bytes) are kept until complete and get an <c>ETag</c> over their bytes; larger ones
    /// (a meeting with hundreds of agenda items) are streamed with <c>Last-Modified</c> only.
    /// </summary>
    public int TaggedAnswerLimitBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How many answers of <c>/api/v1</c> and <c>/oparl</c> this node computes at once; 0 switches the gate off. A list
    /// page holds its objects in memory until it is written (a meeting list with all agenda items: a few megabytes),
    /// so sixty-four clients at once would hold sixty-four of them; beyond a few per core they gain no throughput.
    /// Further requests wait in order of arrival (<see cref="QueueLimit"/>).
    /// </summary>
    public int ConcurrentAnswers { get; set; } = 8;

    /// <summary>
    /// How many requests may wait for <see cref="ConcurrentAnswers"/>; a request beyond that is answered
    /// <c>503</c> with <c>Retry-After</c>.
    /// </summary>
    public int QueueLimit { get; set; } = 1024;
}

/// <summary>
/// The read API and OParl for clients that ask often (OParl crawlers, dashboards, browsers of other sites):
/// <list type="bullet">
/// <item>an <c>ETag</c> over the answer's bytes (for answers up to <see cref="ReadApiOptions.TaggedAnswerLimitBytes"/>;
/// larger ones are streamed, see <see cref="AnswerBuffer"/>) and <c>Last-Modified</c> from the last recorded change, so that a
/// repeated request with <c>If-None-Match</c> or <c>If-Modified-Since</c> is answered <c>304 Not Modified</c>
/// without a body; a conditional request by date alone is answered before any query runs;</item>
/// <item><c>Cache-Control</c>: public for anonymous requests, private for signed-in ones;</item>
/// <item>CORS for reading from any origin (GET and HEAD, no credentials);</item>
/// <item>a limit per client address with <c>429</c>, <c>Retry-After</c> and a ProblemDetails answer in German;</item>
/// <item>a gate of <see cref="ReadApiOptions.ConcurrentAnswers"/> answers at once per node, with a queue and <c>503</c> beyond it.</item>
/// </list>
/// Answers that depend on the time as well as on the data (upcoming events, deadlines) change at the latest with
/// the hour: <c>Last-Modified</c> is the later of the last change and the start of the current hour.
/// </summary>
public static class ReadApiHttp
{
    public const string CorsPolicy = "read-api";

    public static bool Applies(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/v1") || context.Request.Path.StartsWithSegments("/oparl");

    public static void AddReadApiHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReadApiOptions>().Bind(configuration.GetSection(ReadApiOptions.Section));
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.IfModifiedSince, HeaderNames.AcceptLanguage)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.RetryAfter, HeaderNames.Link)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerClient(), Concurrent());
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                int status, seconds;
                string title, detail;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    (status, seconds, title) = (StatusCodes.Status429TooManyRequests, Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)), "Zu viele Anfragen");
                    detail = $"Von Ihrer Adresse kamen in der letzten Minute zu viele Anfragen. Bitte versuchen Sie es in {seconds} Sekunden wieder.";
                }
                else
                {
                    // The queue before the gate is full: the node is busy, not the client too eager.
                    (status, seconds, title) = (StatusCodes.Status503ServiceUnavailable, 5, "Schnittstelle ausgelastet");
                    detail = $"Die Schnittstelle beantwortet gerade so viele Anfragen, wie sie kann. Bitte versuchen Sie es in {seconds} Sekunden wieder.";
                }

                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                if (context.RequestServices.GetServices<IReadApiRefusal>().FirstOrDefault(r => r.Applies(context)) is { } refusal)
                {
                    await refusal.WriteAsync(context, status, detail);
                    return;
                }

                await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
            };
        });
    }

    /// <summary>Requests per minute and client address (<see cref="ReadApiOptions.PermitsPerMinute"/>).</summary>
    private static PartitionedRateLimiter<HttpContext> PerClient() => PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        var permits = context.RequestServices.GetRequiredService<IOptionsMonitor<ReadApiOptions>>().CurrentValue.PermitsPerMinute;
        if (permits <= 0 || !Applies(context))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        // Counted in this node's memory (no database round trip per request): each of the Cluster:Nodes nodes
        // allows its share, so that together they allow about the configured permits (ADR 0027).
        permits = context.RequestServices.GetRequiredService<IOptionsMonitor<ClusterOptions>>().CurrentValue.ShareOf(permits);

        // Behind the configured reverse proxy the connection's address is the client's (ForwardedHeaders).
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{client}|{permits}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    });

    /// <summary>
    /// At most <see cref="ReadApiOptions.ConcurrentAnswers"/> answers at once on this node, for all clients together;
    /// the others wait in order of arrival. The permit is held until the answer is written.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> Concurrent() => PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<ReadApiOptions>>().CurrentValue;
        if (options.ConcurrentAnswers <= 0 || !Applies(context))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        return RateLimitPartition.GetConcurrencyLimiter($"answers|{options.ConcurrentAnswers}|{options.QueueLimit}", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.ConcurrentAnswers,
            QueueLimit = Math.Max(0, options.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    });

    public static void UseReadApiHttp(this IApplicationBuilder app)
    {
        app.UseWhen(Applies, api =>
        {
            api.UseCors(CorsPolicy);
            api.UseRateLimiter();
            api.Use(ConditionalAsync);
        });
    }

    private static async Task ConditionalAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<ReadApiOptions>>().CurrentValue;
        var lastModified = await LastModifiedAsync(context);
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();

        // A request by date alone (no entity tag) is answered before any query of the endpoint runs.
        if (ifNoneMatch.Length == 0 && lastModified is { } known && IfModifiedSince(request) is { } since && known <= since)
        {
            NotModified(context, options, null, known);
            return;
        }

        var original = context.Response.Body;
        var head = HttpMethods.IsHead(request.Method);
        await using var buffer = new AnswerBuffer(original, options.TaggedAnswerLimitBytes, head, () =>
        {
            // Too large to keep for an entity tag: the answer goes out as it is written, with its date only.
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                Describe(context, options, null, lastModified);
            }
        });
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (buffer.Streaming)
        {
            return;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            await buffer.CopyKeptToAsync(original, context.RequestAborted);
            return;
        }

        var tag = $"\"{Base64Url(buffer.Hash())[..27]}\"";
        if (ifNoneMatch.Length > 0 && Matches(ifNoneMatch, tag))
        {
            context.Response.Headers.Remove(HeaderNames.ContentType);
            NotModified(context, options, tag, lastModified);
            return;
        }

        Describe(context, options, tag, lastModified);
        context.Response.ContentLength = buffer.Length;
        if (!head)
        {
            await buffer.CopyKeptToAsync(original, context.RequestAborted);
        }
    }

    private static void NotModified(HttpContext context, ReadApiOptions options, string? tag, DateTimeOffset? lastModified)
    {
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        context.Response.ContentLength = null;
        Describe(context, options, tag, lastModified);
    }

    private static void Describe(HttpContext context, ReadApiOptions options, string? tag, DateTimeOffset? lastModified)
    {
        var headers = context.Response.Headers;
        if (tag is not null)
        {
            headers.ETag = tag;
        }

        if (lastModified is { } at)
        {
            headers.LastModified = at.ToString("R", CultureInfo.InvariantCulture);
        }

        // Signed-in people may see more (members' area); their answers stay in their own browser.
        var signedIn = context.User.Identity?.IsAuthenticated == true || context.Request.Cookies.ContainsKey("modellregion.auth");
        headers.CacheControl = signedIn
            ? "private, no-cache"
            : $"public, max-age={options.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}";
        headers.Vary = "Accept-Language, Cookie";
    }

    /// <summary>The later of the last recorded change and the start of the current hour, to the second.</summary>
    private static async Task<DateTimeOffset?> LastModifiedAsync(HttpContext context)
    {
        if (context.RequestServices.GetService<ILastChange>() is not { } source)
        {
            return null;
        }

        var changed = await source.AtAsync(context.RequestAborted);
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var at = changed is { } c && new DateTimeOffset(DateTime.SpecifyKind(c, DateTimeKind.Utc)) > hour ? new DateTimeOffset(DateTime.SpecifyKind(c, DateTimeKind.Utc)) : hour;

        // HTTP dates have whole seconds: rounded up, and not given before that second has passed, so that a client
        // never holds a date from before a change it has not seen.
        var rounded = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(at.Ticks % TimeSpan.TicksPerSecond == 0 ? 0 : 1);
        return rounded <= now ? rounded : null;
    }

    private static DateTimeOffset? IfModifiedSince(HttpRequest request) =>
        DateTimeOffset.TryParseExact(request.Headers.IfModifiedSince.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) ? since : null;

    private static bool Matches(string ifNoneMatch, string tag) =>
        ifNoneMatch.Trim() == "*" || ifNoneMatch.Split(',').Any(t => string.Equals(t.Trim().TrimStart('W', '/'), tag, StringComparison.Ordinal));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
