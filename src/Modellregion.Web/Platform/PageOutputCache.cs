using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Modellregion.Web.Platform;

public sealed class PageOutputCacheOptions
{
    public const string Section = "OutputCache";

    /// <summary>Off only to measure the uncached cost of pages.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Upper bound of the bodies of the stored pages, in megabytes (about 500 pages of 30 KB). The least recently asked
    /// for go first, so the popular pages stay. The process needs about twice this bound: under random pages 32 MB cost
    /// about 50 MB more resident memory than 16 MB, at the same throughput (bench/README.md, "Runtime settings").
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 16;

    /// <summary>
    /// How long a stored page is served at most. Every saved change evicts all pages at once; the lifetime bounds what
    /// another node behind a load balancer serves after a change there, and pages that change with the date.
    /// </summary>
    public int Seconds { get; set; } = 60;

    /// <summary>
    /// At which request for an address its page is stored (<see cref="PageAdmission"/>, ADR 0038): 2 stores a page
    /// when it is asked for again while its address is still remembered, so pages of a crawl through the whole data set
    /// do not push the popular ones out; 1 stores every page at its first request. Larger values count as 2.
    /// </summary>
    public int StoreOnRequest { get; set; } = 2;

    /// <summary>
    /// How many recent addresses <see cref="PageAdmission"/> remembers (rounded up to a power of two, 4 bytes each).
    /// A page asked for once in every <c>n</c> requests is stored at its second request with a chance of
    /// <c>slots / (slots + n)</c>: with 1024, a page among the ten most asked for (n ≈ 10) almost always, one of a crawl
    /// through 10,000 pages in 9 of 100 cases, one of 40,000 in 2.5.
    /// </summary>
    public int RememberedAddresses { get; set; } = 1024;
}

/// <summary>
/// Whole public pages for anonymous visitors, kept by ASP.NET Core output caching: the same page asked for again is
/// answered from memory without running the page. Only HTML pages are stored (files, feeds and data are not), and only
/// when nothing in it can belong to one visitor:
/// no signed-in person, no cookie but the language and the antiforgery cookie, no cookie set by the answer and no
/// <c>no-store</c> (forms with an antiforgery token set it). Pages differ by their address (with every query value) and
/// the interface language, however it was chosen. Every saved change evicts the tag <see cref="Tag"/>
/// (see <see cref="PublicCache.InvalidateAsync"/>). A page is stored only from its second request on
/// (<see cref="PageAdmission"/>); the first request looks it up all the same.
/// </summary>
public sealed class PublicPagePolicy(IOptions<PageOutputCacheOptions> options, PageAdmission admission) : IOutputCachePolicy
{
    public const string Tag = "public";

    private static readonly string[] MachineOrPrivate = ["/verwaltung", "/api", "/oparl", "/health", "/metrics", "/sprache", "/dateien", "/fehler"];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Value.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !MachineOrPrivate.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && request.Cookies.Keys.All(IsNeutralCookie);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowLocking = cacheable;
        context.AllowCacheStorage = cacheable && admission.MayStore(Address(request));
        if (cacheable)
        {
            context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, options.Value.Seconds));
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
            context.Tags.Add(Tag);
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>What tells one stored page from another: path, query and interface language (as the vary rules above).</summary>
    private static string Address(HttpRequest request) =>
        string.Concat(CultureInfo.CurrentUICulture.Name, " ", request.Path.Value, request.QueryString.Value);

    /// <summary>The language cookie (the page varies by language anyway) and the antiforgery cookie (pages with forms are never stored).</summary>
    private static bool IsNeutralCookie(string name) =>
        name == Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName
        || name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal);
}

public static class PageOutputCache
{
    public static IServiceCollection AddPageOutputCache(this IServiceCollection services)
    {
        services.AddOptions<PageOutputCacheOptions>().BindConfiguration(PageOutputCacheOptions.Section);
        services.AddSingleton<PageAdmission>();
        services.AddSingleton<PublicPagePolicy>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageOutputCacheOptions>>((cache, settings) =>
        {
            cache.SizeLimit = Math.Max(1, settings.Value.SizeLimitMegabytes) * 1024L * 1024L;
            cache.MaximumBodySize = 2 * 1024 * 1024;
            cache.AddBasePolicy(builder => builder.AddPolicy<PublicPagePolicy>());
        });
        return services;
    }
}
