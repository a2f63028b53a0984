using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Modellregion.Web.Platform;

/// <summary>
/// HTTPS for the installation: redirect from http and HSTS. On by default only in the environment Production (the
/// embedded development start and the tests run on plain http); behind the configured reverse proxy a request the
/// proxy forwards with <c>X-Forwarded-Proto: https</c> counts as HTTPS (<see cref="ReverseProxy"/>).
/// </summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>Redirect plain http requests to https (default: on in Production).</summary>
    public bool? Redirect { get; set; }

    /// <summary>Send Strict-Transport-Security on HTTPS answers (default: on in Production).</summary>
    public bool? Hsts { get; set; }

    /// <summary>Port of the https address the redirect points to (default 443, the reverse proxy's).</summary>
    public int Port { get; set; } = 443;

    /// <summary>How long browsers keep to https (default one year).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}

/// <summary>
/// The security headers of every answer (pages, error pages, ProblemDetails, static files, OParl, downloads, answers
/// from the output cache), HTTPS and the <c>Secure</c> flag of every cookie on HTTPS requests.
/// </summary>
public static class TransportSecurity
{
    /// <summary>
    /// Only this site's own scripts, styles, fonts and images (images also as data: URLs, which the KERN styles use);
    /// no inline script or style, no plugins, no framing, forms and base only to this site.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; frame-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>No access to devices or sensors the site never needs.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
        "microphone=(), midi=(), payment=(), usb=(), browsing-topics=()";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        services.AddOptions<HttpsOptions>().BindConfiguration(HttpsOptions.Section);
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<HttpsOptions>>((options, https) => options.HttpsPort = https.Value.Port);
        services.AddOptions<HstsOptions>().Configure<IOptions<HttpsOptions>>((options, https) =>
        {
            options.MaxAge = TimeSpan.FromDays(https.Value.HstsMaxAgeDays);
            options.IncludeSubDomains = false;
        });

        // Every cookie (sign-in, antiforgery, TempData, language, two-factor) is Secure when the request is HTTPS,
        // also when that is known only from the trusted proxy's X-Forwarded-Proto; plain http in development works.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.None;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return services;
    }

    /// <summary>
    /// Placed first in <see cref="WebPlatform.UsePlatform"/>, right after the reverse proxy's forwarded headers, before anything answers. The headers are written when
    /// the answer starts, so they survive the exception handler clearing the response and reach answers of the output
    /// cache, static files and endpoints alike; they hold no per-request value (no nonce) that a cache could reuse.
    /// </summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<HttpsOptions>>().Value;
        var production = app.Environment.IsProduction();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state => AddHeaders((HttpResponse)state), context.Response);
            return next(context);
        });
        if (settings.Hsts ?? production)
        {
            // HstsMiddleware leaves out localhost; the header is sent only on HTTPS answers.
            app.UseHsts();
        }

        if (settings.Redirect ?? production)
        {
            // The health checks (/health, /health/live, /health/ready) and the metrics stay on plain http for load
            // balancers, container checks and Prometheus on the internal network; /metrics answers only to loopback and
            // Metrics:AllowedNetworks anyway (ADR 0028).
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(MetricsOptions.Path),
                https => https.UseHttpsRedirection());
        }

        app.UseCookiePolicy();
        return app;
    }

    private static Task AddHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        return Task.CompletedTask;
    }
}
