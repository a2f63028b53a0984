using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Every kind of answer carries the security headers: a strict Content-Security-Policy without inline code or other
/// hosts, nosniff, a referrer policy and a permissions policy — pages, answers from the output cache, JSON, Problem
/// Details, error pages, static files, OParl, downloads, the API reference, redirects and answers to a POST.
/// </summary>
public sealed partial class SecurityHeadersTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.True(csp is not null, $"{what}: keine Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ', 2).ElementAtOrDefault(1) ?? "", StringComparer.Ordinal);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.True(permissions is not null, $"{what}: keine Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK, "text/html")]
    [InlineData("/api/v1/regions", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/v1/projects/gibt-es-nicht-4711", HttpStatusCode.NotFound, "application/problem+json")]
    [InlineData("/api/v1/news?jahr=abc", HttpStatusCode.BadRequest, "application/problem+json")]
    [InlineData("/gibt-es-nicht-4711", HttpStatusCode.NotFound, "text/html")]
    [InlineData("/css/site.css", HttpStatusCode.OK, "text/css")]
    [InlineData("/js/suggest.js", HttpStatusCode.OK, "text/javascript")]
    [InlineData("/oparl/v1.1", HttpStatusCode.OK, "application/json")]
    [InlineData("/oparl/v1.1/gibt-es-nicht", HttpStatusCode.NotFound, "application/json")]
    [InlineData("/api/docs", HttpStatusCode.OK, "text/html")]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK, "application/json")]
    [InlineData("/sprache/en?zurueck=%2Fprojekte", HttpStatusCode.Redirect, null)]
    [InlineData("/verwaltung", HttpStatusCode.Redirect, null)]
    [InlineData("/health", HttpStatusCode.OK, "application/json")]
    [InlineData("/veranstaltungen.ics", HttpStatusCode.OK, "text/calendar")]
    public async Task Every_kind_of_answer_carries_the_security_headers(string url, HttpStatusCode status, string? mediaType)
    {
        using var response = await app.Browser().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        if (mediaType is not null)
        {
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        }

        AssertSecurityHeaders(response, url);
    }

    [Fact]
    public async Task A_page_from_the_output_cache_carries_the_same_headers()
    {
        using var first = await app.Browser().GetAsync("/impressum");
        using var stored = await app.Browser().GetAsync("/impressum");
        using var again = await app.Browser().GetAsync("/impressum");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(again.Headers.Age);
        AssertSecurityHeaders(again, "/impressum aus dem Zwischenspeicher");
        Assert.Equal(Header(first, "Content-Security-Policy"), Header(again, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_answer_to_a_post_and_a_refused_post_carry_the_headers()
    {
        var browser = app.Browser();
        using var wrongPassword = await browser.SubmitFormAsync("/verwaltung/anmelden", "form", new()
        {
            ["Input.Email"] = "niemand@test.example",
            ["Input.Password"] = "falsch-falsch-falsch",
        });
        using var withoutToken = await browser.PostAsync("/verwaltung/anmelden", new FormUrlEncodedContent([new("Input.Email", "x@test.example")]));

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal("text/html", wrongPassword.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(wrongPassword, "POST /verwaltung/anmelden");
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        AssertSecurityHeaders(withoutToken, "POST ohne Token");
    }

    [Fact]
    public async Task A_stored_file_download_and_the_back_office_carry_the_headers()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var (id, slug) = await app.WithDbAsync(db => db.Solutions.Where(s => s.Region!.Slug == "owl" && s.IsPublished && !s.IsSynthetic).OrderBy(s => s.Id)
            .Select(s => new ValueTuple<int, string>(s.Id, s.Slug)).FirstAsync());
        var uploaded = await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", "form[action$='handler=Upload']",
            new() { ["documentName"] = "Kopfzeilen" }, "upload", "kopfzeilen.pdf", Multipart.Pdf("Kopfzeilen"));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        AssertSecurityHeaders(uploaded, "Upload");
        var documentId = await app.WithDbAsync(db => db.SolutionDocuments.Where(d => d.SolutionId == id && d.Name == "Kopfzeilen").Select(d => d.Id).SingleAsync());

        using var download = await app.Browser().GetAsync($"/loesungen/{slug}/dokumente/{documentId}");
        using var backOffice = await office.GetAsync("/verwaltung");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        AssertSecurityHeaders(download, "Download");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.OK, backOffice.StatusCode);
        AssertSecurityHeaders(backOffice, "/verwaltung");
    }

    [Fact]
    public async Task On_plain_http_in_the_test_environment_nothing_is_redirected_and_cookies_are_not_secure()
    {
        using var page = await app.Browser().GetAsync("/verwaltung/anmelden");
        using var language = await app.Browser().GetAsync("/sprache/en?zurueck=%2F");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(language.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The policy allows no inline code, so no page may have any: no script element without src (JSON-LD data blocks
    /// are not run and stay allowed), no style element or attribute, no event handler attribute, no javascript: link.
    /// </summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/projekte")]
    [InlineData("/projekte/smart-school")]
    [InlineData("/loesungen")]
    [InlineData("/veranstaltungen")]
    [InlineData("/digitalboard")]
    [InlineData("/api/docs")]
    [InlineData("/verwaltung/anmelden")]
    [InlineData("/gibt-es-nicht-4711")]
    public async Task Pages_have_no_inline_script_or_style(string url)
    {
        var response = await app.Browser().GetAsync(url);
        var document = await Html.ParseAsync(response);

        Assert.Empty(document.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/ld+json").Select(s => s.OuterHtml));
        Assert.Empty(document.QuerySelectorAll("style, [style]").Select(e => e.OuterHtml));
        Assert.Empty(document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => e.OuterHtml));
        Assert.DoesNotMatch(JavascriptLink(), await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"href\s*=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptLink();
}
