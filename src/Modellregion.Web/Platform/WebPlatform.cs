using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using Modellregion.Web.Platform.Email;
using Modellregion.Web.Platform.Files;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform;

/// <summary>Plumbing shared by every feature: errors, languages, security headers, health, clock.</summary>
public static class WebPlatform
{
    public static IServiceCollection AddPlatform(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        services.AddSingleton<SiteAddress>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddOptions<PublicCacheOptions>().BindConfiguration(PublicCacheOptions.Section);
        services.AddSingleton<PublicCache>();
        services.AddPageOutputCache();
        services.AddEmail();
        services.AddFiles();
        services.AddTransportSecurity();

        // German text stays readable in the HTML source instead of becoming character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.Configure<MvcOptions>(options => options.Filters.Add(new PageHandlerRequired()));
        services.AddInterfaceLanguages();
        services.AddHealth();
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // Security headers on every answer, HTTPS and Secure cookies (after UseReverseProxy, so forwarded https counts).
        app.UseTransportSecurity();

        // First, so that error pages shown by re-execution keep the language of the request (?lang=en included).
        app.UseRequestLocalization();

        // Pages get error pages in the interface language; machine clients (API, OParl) get ProblemDetails.
        app.UseWhen(IsMachineRequest, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsMachineRequest(c), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fehler/500", StatusCodeSelector = StatusFor });
            pages.UseStatusCodePagesWithReExecute("/fehler/{0}");
        });
        app.UseStaticFiles();
        app.UseMetricsAccess();
        app.MapHealth();
        app.MapAppMetrics();
        app.MapLanguageSwitch();
        return app;
    }

    /// <summary>
    /// Refuses an address whose query carries a NUL character (%00) with 400, as the framework refuses such form
    /// values: no search or filter means it, and PostgreSQL cannot store or compare text containing it. Placed after
    /// the status code pages (and OParl's errors), so that each kind of client gets its usual error answer.
    /// </summary>
    public static IApplicationBuilder UseQueryCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
            {
                // Answered by the status code pages (German error page, ProblemDetails or an OParl error).
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next();
        });

    public static bool IsMachineRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/oparl");

    private static int StatusFor(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
}
