using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The app as in production behind nginx at 10.255.0.1: HTTPS redirect and HSTS switched on, the proxy trusted. The
/// client address comes from a test header, so a test can send as the proxy or as anyone else.
/// </summary>
public sealed class HttpsBehindProxyApp : ModellregionApp
{
    public const string Proxy = "10.255.0.1";
    public const string ClientHeader = "X-Test-Client";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Https:Redirect", "true");
        builder.UseSetting("Https:Hsts", "true");
        builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>A client at a public host name (HSTS is never sent for localhost), without cookie handling, from <paramref name="address"/>.</summary>
    public HttpClient From(string address, string? forwardedProto)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://modellregion.example") });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        return client;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, call) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                await call(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// Behind the configured reverse proxy a request forwarded as https counts as HTTPS: no redirect, HSTS, and every
/// cookie (antiforgery, language, sign-in) is Secure. Plain http, or an https claim from anyone but the proxy, is
/// redirected to https; the health check stays reachable on http.
/// </summary>
public sealed class HttpsTransportTests(HttpsBehindProxyApp app) : IClassFixture<HttpsBehindProxyApp>
{
    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static string Pair(string setCookie) => setCookie.Split(';')[0];

    [Fact]
    public async Task Https_from_the_proxy_is_served_with_hsts_and_secure_cookies()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");
        var client = app.From(HttpsBehindProxyApp.Proxy, "https");

        using var page = await client.GetAsync("/verwaltung/anmelden");
        using var language = await client.GetAsync("/sprache/en?zurueck=%2F");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var antiforgery = Assert.Single(Cookies(page), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, language.StatusCode);
        Assert.Equal("/", language.Headers.Location?.OriginalString);
        Assert.Contains("; secure", Assert.Single(Cookies(language)), StringComparison.OrdinalIgnoreCase);

        // Signing in: the form's token with its cookie, sent back by hand (a cookie jar would keep a Secure cookie from http).
        var document = await Html.ParseAsync(page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/verwaltung/anmelden")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token)]),
        };
        signIn.Headers.Add("Cookie", Pair(antiforgery));
        using var signedIn = await client.SendAsync(signIn);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(Cookies(signedIn), c => c.StartsWith("modellregion.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.All(Cookies(signedIn), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Plain_http_and_an_https_claim_from_anyone_else_are_redirected_to_https()
    {
        using var plain = await app.From(HttpsBehindProxyApp.Proxy, "http").GetAsync("/projekte?seite=2");
        using var claimed = await app.From("198.51.100.20", "https").GetAsync("/verwaltung/anmelden");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://modellregion.example/projekte?seite=2", plain.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, claimed.StatusCode);
        Assert.Equal("https://modellregion.example/verwaltung/anmelden", claimed.Headers.Location?.OriginalString);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "HSTS only over HTTPS");
        Assert.Empty(Cookies(claimed));
        Assert.Equal("nosniff", plain.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_health_check_answers_on_plain_http()
    {
        using var health = await app.From("10.0.0.9", forwardedProto: null).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
