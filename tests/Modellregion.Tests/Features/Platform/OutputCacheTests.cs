using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Whole public pages come from the output cache for anonymous visitors, stored at their second request (ADR 0038); a
/// saved change shows at once on every page it touches, in both languages; nothing that belongs to one visitor (signed
/// in, language, a form's token) reaches another.
/// </summary>
public sealed class OutputCacheTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    /// <summary>The output cache marks an answer it served from memory with <c>Age</c>.</summary>
    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<HttpClient> EnglishAsync()
    {
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/sprache/en?zurueck=%2F")).StatusCode);
        return browser;
    }

    /// <summary>Asks twice: the first request makes the address known, the second stores the page.</summary>
    private static async Task StoreAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        await client.GetAsync(url);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/projekte")]
    [InlineData("/projekte/smart-school")]
    [InlineData("/regionen/owl")]
    [InlineData("/akteure/stadt-paderborn")]
    [InlineData("/kommunen/05774032")]
    [InlineData("/loesungen/lorawan-funknetz-mit-city-dashboard")]
    [InlineData("/impressum")]
    public async Task An_anonymous_visitor_gets_a_repeated_page_from_the_cache(string url)
    {
        var first = await app.Browser().GetAsync(url);
        await app.Browser().GetAsync(url);
        var again = await app.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), $"{url} sets a cookie, so it cannot be stored");
        Assert.True(FromCache(again), $"{url} was not served from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", again.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Editing_a_project_shows_at_once_on_its_page_its_lists_and_the_start_page_in_both_languages()
    {
        var slug = "cache-" + Guid.NewGuid().ToString("N")[..8];
        await app.RunningProjectAsync(100_000m, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), slug);
        var marker = "Zwischenspeicher" + Guid.NewGuid().ToString("N")[..6];
        var english = await EnglishAsync();
        string[] urls = [$"/projekte/{slug}", $"/projekte?q={marker}", "/regionen/owl", "/"];

        // Every page three times, in German and in English: the third answer comes from the cache.
        var before = new Dictionary<(string, bool), string>();
        foreach (var url in urls)
        {
            foreach (var (client, isEnglish) in new[] { (app.Browser(), false), (english, true) })
            {
                await StoreAsync(client, url);
                var (response, body) = await GetAsync(client, url);
                Assert.True(FromCache(response), $"{url} ({(isEnglish ? "en" : "de")}) was not cached before the change");
                before[(url, isEnglish)] = body;
            }
        }

        Assert.DoesNotContain(marker, before[($"/projekte/{slug}", false)]);
        var startPageBefore = before[("/", false)];

        await app.WithDbAsync(async db =>
        {
            var project = await db.Set<Modellregion.Web.Features.Projects.Project>().SingleAsync(p => p.Slug == slug);
            project.Title = $"Umbenannt {marker}";
            project.TotalCosts = 987_654m;
            await db.SaveChangesAsync();
        });
        var approved = await app.RunningProjectAsync(250_000m, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));

        foreach (var (client, isEnglish) in new[] { (app.Browser(), false), (english, true) })
        {
            var language = isEnglish ? "en" : "de";
            var (page, pageBody) = await GetAsync(client, $"/projekte/{slug}");
            Assert.False(FromCache(page), $"the project page ({language}) came from the cache after the change");
            Assert.Contains($"Umbenannt {marker}", pageBody);
            Assert.Contains(isEnglish ? "lang=\"en\"" : "lang=\"de\"", pageBody);

            var (_, listBody) = await GetAsync(client, $"/projekte?q={marker}");
            Assert.Contains($"/projekte/{slug}", listBody);
            Assert.DoesNotContain($"/projekte/{slug}", before[($"/projekte?q={marker}", isEnglish)]);

            var (_, regionBody) = await GetAsync(client, "/regionen/owl");
            Assert.Contains($"Umbenannt {marker}", regionBody);

            var (start, startBody) = await GetAsync(client, "/");
            Assert.False(FromCache(start), $"the start page ({language}) came from the cache after the change");
            Assert.NotEqual(before[("/", isEnglish)], startBody);
        }

        Assert.NotEqual(startPageBefore, (await GetAsync(app.Browser(), "/")).Body);
        Assert.True(approved > 0);
    }

    [Fact]
    public async Task A_signed_in_page_is_never_served_to_anyone_else_and_signing_out_shows_the_public_page()
    {
        const string url = "/projekte/smart-school";
        var anonymous = app.Browser();
        await StoreAsync(anonymous, url);
        Assert.True(FromCache(await anonymous.GetAsync(url)));

        var signedIn = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var (mine, myBody) = await GetAsync(signedIn, url);
        Assert.False(FromCache(mine), "a signed-in person got the anonymous page from the cache");
        Assert.Contains("/verwaltung/abmelden", myBody);
        Assert.Contains("__RequestVerificationToken", myBody);

        // The signed-in answer is not stored: an anonymous visitor still gets the public page.
        var (_, publicBody) = await GetAsync(app.Browser(), url);
        Assert.DoesNotContain("/verwaltung/abmelden", publicBody);
        Assert.DoesNotContain("__RequestVerificationToken", publicBody);

        var signOutPage = await signedIn.GetPageAsync("/verwaltung");
        var signOut = await signedIn.SubmitAsync(signOutPage, "/verwaltung", "form[action='/verwaltung/abmelden']", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var (_, afterBody) = await GetAsync(signedIn, url);
        Assert.DoesNotContain("/verwaltung/abmelden", afterBody);
        Assert.Contains("/verwaltung/anmelden", afterBody);
    }

    [Fact]
    public async Task The_english_page_is_never_served_to_a_german_visitor_nor_the_other_way_round()
    {
        const string url = "/regionen";
        var english = await EnglishAsync();
        await StoreAsync(english, url);
        var (en, enBody) = await GetAsync(english, url);
        Assert.True(FromCache(en));
        Assert.Contains("lang=\"en\"", enBody);

        var (_, deBody) = await GetAsync(app.Browser(), url);
        Assert.Contains("lang=\"de\"", deBody);

        var (_, queryBody) = await GetAsync(app.Browser(), url + "?lang=en");
        Assert.Contains("lang=\"en\"", queryBody);
    }

    [Fact]
    public async Task A_page_with_a_form_is_not_stored_so_no_visitor_gets_another_ones_antiforgery_token()
    {
        const string url = "/verwaltung/anmelden";
        var first = app.Browser();
        var second = app.Browser();
        await first.GetAsync(url);
        var (_, firstBody) = await GetAsync(first, url);
        var (again, secondBody) = await GetAsync(second, url);

        Assert.False(FromCache(again));
        Assert.Contains("__RequestVerificationToken", secondBody);
        Assert.NotEqual(Token(firstBody), Token(secondBody));

        // A public page with a form (a solution's interest form) is not stored either.
        var solution = (await app.WithDbAsync(db => db.Set<Modellregion.Web.Features.Transfer.Solution>().Where(s => s.IsPublished).Select(s => s.Slug).FirstAsync()));
        var interest = $"/loesungen/{solution}/interesse";
        await app.Browser().GetAsync(interest);
        var one = await app.Browser().GetAsync(interest);
        if (one.StatusCode == HttpStatusCode.OK)
        {
            var (two, twoBody) = await GetAsync(app.Browser(), interest);
            Assert.False(FromCache(two));
            Assert.NotEqual(Token(await one.Content.ReadAsStringAsync()), Token(twoBody));
        }
    }

    [Fact]
    public async Task A_visitor_with_a_cookie_of_their_own_gets_the_page_made_for_them()
    {
        const string url = "/aktuelles";
        await StoreAsync(app.Browser(), url);
        Assert.True(FromCache(await app.Browser().GetAsync(url)), "the page was not stored for anonymous visitors");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", ".AspNetCore.Mvc.CookieTempDataProvider=abc");
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(FromCache(response));
    }

    [Fact]
    public async Task A_page_is_stored_when_it_is_asked_for_again_not_at_its_first_request()
    {
        var url = "/projekte?q=" + Guid.NewGuid().ToString("N")[..10];

        var first = await app.Browser().GetAsync(url);
        var second = await app.Browser().GetAsync(url);
        var third = await app.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(FromCache(first));
        Assert.False(FromCache(second), "the page was stored at its first request");
        Assert.True(FromCache(third), "the page asked for again was not stored");

        // The address is remembered per language: the English page is a page of its own.
        var english = await EnglishAsync();
        Assert.False(FromCache(await english.GetAsync(url)));
        Assert.False(FromCache(await english.GetAsync(url)));
        var (englishThird, englishBody) = await GetAsync(english, url);
        Assert.True(FromCache(englishThird));
        Assert.Contains("lang=\"en\"", englishBody);
    }

    private static string Token(string body)
    {
        var at = body.IndexOf("name=\"__RequestVerificationToken\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "no antiforgery token on the page");
        var value = body.IndexOf("value=\"", at, StringComparison.Ordinal) + 7;
        return body[value..body.IndexOf('"', value)];
    }
}
