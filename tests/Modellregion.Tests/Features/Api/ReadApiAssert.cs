using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modellregion.Tests.Features.Api;

/// <summary>Checks shared by the tests of the read API's lists.</summary>
public static class ReadApiAssert
{
    /// <summary>A 10 kB search term, emoji and other values no list may answer with 500.</summary>
    public static readonly string TenKilobytes = new('a', 10_240);

    public static async Task<JsonElement> OkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A ProblemDetails answer with the status and a German title and detail.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.True(detail!.Length < 2_000, $"{url}: Meldung zu lang");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        if (status == HttpStatusCode.BadRequest)
        {
            Assert.Equal("Ungültige Anfrage", problem.GetProperty("title").GetString());
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        }

        return problem;
    }

    /// <summary>The envelope of every list: items, page, pageSize, totalCount, ignored.</summary>
    public static void IsPage(JsonElement page, int number, int? total = null)
    {
        Assert.Equal(number, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("pageSize").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Array, page.GetProperty("ignored").ValueKind);
        if (total is { } t)
        {
            Assert.Equal(t, page.GetProperty("totalCount").GetInt32());
        }

        Assert.True(page.GetProperty("items").GetArrayLength() <= page.GetProperty("pageSize").GetInt32());
    }

    public static List<string> Strings(JsonElement page, string property) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).ToString())];

    /// <summary>Every time in the answer is UTC with "Z" (ISO 8601).</summary>
    public static void TimesAreUtc(JsonElement element, params string[] properties)
    {
        foreach (var property in properties)
        {
            if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
            {
                Assert.EndsWith("Z", value.GetString(), StringComparison.Ordinal);
                Assert.True(DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
            }
        }
    }
}
