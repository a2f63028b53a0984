using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Api;

/// <summary>
/// The read API and OParl answer repeated requests cheaply and correctly: an entity tag and the date of the last
/// change, 304 for a client that already has the answer, a fresh answer after a change; other sites may read them
/// (CORS), and one client cannot take all the capacity (429 with Retry-After).
/// </summary>
public sealed class ReadApiHttpTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Theory]
    [InlineData("/api/v1/projects")]
    [InlineData("/api/v1/regions/owl")]
    [InlineData("/api/v1/news?region=owl")]
    [InlineData("/api/v1/board/meetings")]
    [InlineData("/oparl/v1.1")]
    [InlineData("/oparl/v1.1/body")]
    public async Task A_repeated_request_with_the_entity_tag_is_answered_304_without_a_body(string url)
    {
        var first = await app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag!.IsWeak);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        var second = await app.Browser().SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        // Another tag (an older version) gets the whole answer again.
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"veraltet\""));
        var third = await app.Browser().SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_gives_a_new_tag_and_a_later_date_and_a_request_by_date_is_answered_304_until_then()
    {
        const string url = "/api/v1/projects/smart-school";
        var before = await SettledAsync(url);
        var lastModified = before.Content.Headers.LastModified;
        Assert.NotNull(lastModified);
        Assert.True(lastModified <= DateTimeOffset.UtcNow);

        var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await app.Browser().SendAsync(byDate)).StatusCode);

        // The project office changes the project: the tag and the date change, both conditions fail.
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Slug == "smart-school");
            project.Summary = (project.Summary ?? "") + " Ergänzt 𝔄𝔓𝔗.";
            await db.SaveChangesAsync();
        });
        var afterTag = new HttpRequestMessage(HttpMethod.Get, url);
        afterTag.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var changed = await app.Browser().SendAsync(afterTag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(before.Headers.ETag, changed.Headers.ETag);
        Assert.EndsWith("Ergänzt 𝔄𝔓𝔗.", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetString(), StringComparison.Ordinal);

        var afterDate = new HttpRequestMessage(HttpMethod.Get, url);
        afterDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().SendAsync(afterDate)).StatusCode);
        var later = await SettledAsync(url);
        Assert.True(later.Content.Headers.LastModified > lastModified);
    }

    [Fact]
    public async Task Other_sites_may_read_but_not_write_and_signed_in_answers_stay_private()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions");
        request.Headers.Add("Origin", "https://kommune.example");
        var response = await app.Browser().SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/oparl/v1.1/body");
        preflight.Headers.Add("Origin", "https://kommune.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var allowed = await app.Browser().SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var write = new HttpRequestMessage(HttpMethod.Options, "/api/v1/projects");
        write.Headers.Add("Origin", "https://kommune.example");
        write.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await app.Browser().SendAsync(write);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Methods") && refused.Headers.GetValues("Access-Control-Allow-Methods").Single().Contains("DELETE", StringComparison.Ordinal));

        // The pages of the site are not opened to other origins.
        var page = new HttpRequestMessage(HttpMethod.Get, "/projekte");
        page.Headers.Add("Origin", "https://kommune.example");
        Assert.False((await app.Browser().SendAsync(page)).Headers.Contains("Access-Control-Allow-Origin"));

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var mine = await office.GetAsync("/api/v1/regions");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.True(mine.Headers.CacheControl is { Private: true, NoCache: true, Public: false }, mine.Headers.CacheControl?.ToString());
    }

    /// <summary>An answer whose date has been given (the date of a change is given once its second has passed).</summary>
    private async Task<HttpResponseMessage> SettledAsync(string url)
    {
        for (var i = 0; i < 30; i++)
        {
            var response = await app.Browser().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Content.Headers.LastModified is not null)
            {
                return response;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("Keine Last-Modified-Angabe.");
    }
}

/// <summary>The app with a small limit per client address.</summary>
public sealed class RateLimitedApp : ModellregionApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:PermitsPerMinute", "5");
    }
}

public sealed class ReadApiRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Too_many_requests_from_one_address_get_429_with_Retry_After_and_a_German_problem()
    {
        var client = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i % 2 == 0 ? "/api/v1/regions" : "/oparl/v1.1")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("zu viele Anfragen", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        // OParl clients get OParl's error object, as for every other OParl error.
        var refusedOParl = await client.GetAsync("/oparl/v1.1/body");
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOParl.StatusCode);
        Assert.InRange(int.Parse(refusedOParl.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        AssertOParlError(await refusedOParl.Content.ReadFromJsonAsync<JsonElement>(), "zu viele Anfragen");

        // The pages of the site are not counted against the read API's limit.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projekte")).StatusCode);
    }

    internal static void AssertOParlError(JsonElement error, string message)
    {
        Assert.Equal("https://schema.oparl.org/1.1/Error", error.GetProperty("type").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SmallTaggedAnswersApp : ModellregionApp
{
    public const int Limit = 2048;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:TaggedAnswerLimitBytes", Limit.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// An answer larger than the limit for entity tags is not held in memory until complete: it goes out as it is
/// written (no <c>Content-Length</c>, no <c>ETag</c>), still with its date, its caching rules and the whole body.
/// </summary>
public sealed class ReadApiStreamingTests(SmallTaggedAnswersApp app) : IClassFixture<SmallTaggedAnswersApp>
{
    [Fact]
    public async Task A_large_answer_is_streamed_with_its_date_and_a_small_one_keeps_its_tag()
    {
        var large = await app.Browser().GetAsync("/oparl/v1.1/body");
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        var body = await large.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > SmallTaggedAnswersApp.Limit, $"the list must be larger than the limit ({body.Length} bytes)");
        Assert.Null(large.Headers.ETag);
        Assert.False(large.Content.Headers.NonValidated.Contains("Content-Length"));
        Assert.NotNull(large.Content.Headers.LastModified);
        Assert.Equal("public, max-age=60", large.Headers.CacheControl?.ToString());
        Assert.Equal("application/json", large.Content.Headers.ContentType?.MediaType);

        // The whole list arrives: every body of the list, the same as the list says it has.
        using var json = JsonDocument.Parse(body);
        var bodies = json.RootElement.GetProperty("data");
        Assert.True(bodies.GetArrayLength() > 0);
        Assert.Equal(bodies.GetArrayLength(), json.RootElement.GetProperty("pagination").GetProperty("totalElements").GetInt32());
        foreach (var item in bodies.EnumerateArray())
        {
            Assert.StartsWith("http://localhost/oparl/v1.1/body/", item.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        // By its date it is still answered 304.
        var byDate = new HttpRequestMessage(HttpMethod.Get, "/oparl/v1.1/body");
        byDate.Headers.IfModifiedSince = large.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await app.Browser().SendAsync(byDate)).StatusCode);

        // A small answer is still kept, measured and tagged.
        var small = await app.Browser().GetAsync("/oparl/v1.1");
        var smallBody = await small.Content.ReadAsByteArrayAsync();
        Assert.True(smallBody.Length <= SmallTaggedAnswersApp.Limit, $"the system object must fit the limit ({smallBody.Length} bytes)");
        Assert.NotNull(small.Headers.ETag);
        Assert.Equal(smallBody.Length.ToString(CultureInfo.InvariantCulture), small.Content.Headers.NonValidated["Content-Length"].ToString());
    }

    [Fact]
    public async Task A_missing_object_is_still_an_OParl_error_and_not_a_broken_stream()
    {
        var missing = await app.Browser().GetAsync("/oparl/v1.1/body/999999/paper");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var json = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal("https://schema.oparl.org/1.1/Error", json.RootElement.GetProperty("type").GetString());
    }
}

/// <summary>The app with a gate of one answer at a time and room for one waiting request.</summary>
public sealed class GatedAnswersApp : ModellregionApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:PermitsPerMinute", "0");
        builder.UseSetting("Api:ConcurrentAnswers", "1");
        builder.UseSetting("Api:QueueLimit", "1");
    }

    /// <summary>Takes the gate's one permit as a request to <paramref name="path"/> would (until disposed).</summary>
    public RateLimitLease HoldAnswerPermit(string path = "/oparl/v1.1")
    {
        var limiter = Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Path = path;
        var lease = limiter.AttemptAcquire(context);
        Assert.True(lease.IsAcquired, "the gate's permit must be free");
        return lease;
    }
}

/// <summary>
/// A node computes only a few answers of the read API and OParl at once (<c>Api:ConcurrentAnswers</c>); further
/// requests wait in order of arrival, and beyond the queue they are refused with 503 and Retry-After, never with
/// a 500 or a dropped connection. The pages of the site do not pass the gate.
/// </summary>
public sealed class ReadApiGateTests(GatedAnswersApp app) : IClassFixture<GatedAnswersApp>
{
    [Fact]
    public async Task A_request_waits_for_the_gate_and_beyond_the_queue_is_refused_with_503()
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/oparl/v1.1/body")).StatusCode);

        Task<HttpResponseMessage> waiting;
        using (app.HoldAnswerPermit())
        {
            // The first request waits in the queue ...
            waiting = client.GetAsync("/oparl/v1.1/body");
            await Task.Delay(300);
            Assert.False(waiting.IsCompleted, "the request must wait while the gate's permit is taken");

            // ... the next one finds the queue full.
            var refused = await client.GetAsync("/api/v1/projects");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("5", refused.Headers.GetValues("Retry-After").Single());
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.Contains("Bitte versuchen Sie es in 5 Sekunden wieder", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

            // An OParl client gets the same refusal as OParl's error object.
            var refusedOParl = await client.GetAsync("/oparl/v1.1/body");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedOParl.StatusCode);
            Assert.Equal("5", refusedOParl.Headers.GetValues("Retry-After").Single());
            Assert.Equal("*", refusedOParl.Headers.GetValues("Access-Control-Allow-Origin").Single());
            ReadApiRateLimitTests.AssertOParlError(await refusedOParl.Content.ReadFromJsonAsync<JsonElement>(), "in 5 Sekunden wieder");

            // The pages of the site are not held up by the gate.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projekte")).StatusCode);
        }

        // With the permit back the waiting request gets its whole answer, and the next ones pass again.
        var answered = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var data = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.True(data.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/projects")).StatusCode);
    }
}
