using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Features.Transfer;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Characters outside the Basic Multilingual Plane (emoji, "𝔘"), emoji sequences and malformed input (an unpaired
/// surrogate, sent as its bytes %ED%A0%80) in every search and municipality field, in forms and in imports: the
/// answer is a page or a 4xx with a German message, never a server error, and nothing is stored half.
/// </summary>
public sealed class UnicodeInputTests(TransferApp app) : IClassFixture<TransferApp>
{
    /// <summary>Query values as they appear in an address: emoji, a mathematical letter, a ZWJ sequence, a lone surrogate.</summary>
    public static TheoryData<string> Values() => new()
    {
        Uri.EscapeDataString("🚀"),
        Uri.EscapeDataString("𝔘"),
        Uri.EscapeDataString("👩‍💻"),
        "%ED%A0%80",
        "Pader%ED%A0%80born",
    };

    /// <summary>Form values: the lone surrogate is sent as its bytes (see <see cref="Encode"/>).</summary>
    public static TheoryData<string> FormValues() => new() { "🚀", "𝔘", "👩‍💻 Rakete", "\uD800", "Pader\uD800born" };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Search_and_municipality_fields_answer_without_a_server_error(string value)
    {
        string[] pages =
        [
            $"/projekte?q={value}",
            $"/projekte?kommune={value}",
            $"/loesungen?q={value}",
            $"/akteure?q={value}",
        ];
        foreach (var url in pages)
        {
            var page = await app.Browser().GetPageAsync(url);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
        }

        // "𝔘" is read as "u", the beginning of many names: a choice (200); the others are unknown (400).
        var match = await app.Browser().GetAsync($"/loesungen/fuer-meine-kommune?kommune={value}&bedarf={value}");
        Assert.True(match.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)match.StatusCode}");
        Assert.Contains("Kommune", (await Html.ParseAsync(match)).Text(), StringComparison.Ordinal);

        string[] api =
        [
            $"/api/v1/projects?q={value}",
            $"/api/v1/projects?kommune={value}",
            $"/api/v1/solutions?q={value}",
            $"/api/v1/organisations?q={value}",
            $"/api/v1/municipalities?q={value}",
        ];
        foreach (var url in api)
        {
            var response = await app.Browser().GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.BodyAsync()}");
        }

        var matchmaking = await app.Browser().GetAsync($"/api/v1/matchmaking?kommune={value}&bedarf={value}");
        Assert.Equal(HttpStatusCode.BadRequest, matchmaking.StatusCode);
        Assert.Contains("Kommune", await matchmaking.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_with_NUL_is_refused_in_the_answer_of_each_kind_of_client()
    {
        var page = await app.Browser().GetAsync("/akteure?q=a%00b");
        var api = await app.Browser().GetAsync("/api/v1/projects?q=a%00b");
        var oparl = await app.Browser().GetAsync("/oparl/v1.1/body/1/meeting?modified_since=a%00b");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Bitte prüfen Sie die Eingaben.", (await Html.ParseAsync(page)).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, oparl.StatusCode);
        Assert.Contains("https://schema.oparl.org/1.1/Error", await oparl.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_of_symbols_only_is_named_as_not_applied()
    {
        var page = await app.Browser().GetPageAsync($"/projekte?q={Uri.EscapeDataString("🚀")}");
        Assert.Contains("Der Wert „🚀“ für „Suchbegriff“ ist unbekannt und wurde ignoriert.", page.Text());

        var solutions = await app.Browser().GetPageAsync($"/loesungen?q={Uri.EscapeDataString("🚀 👍🏽")}");
        Assert.Contains("für „Suchbegriff“ ist unbekannt und wurde ignoriert.", solutions.Text());

        var api = await app.Browser().GetStringAsync($"/api/v1/projects?q={Uri.EscapeDataString("👩‍💻")}");
        Assert.Contains("\"parameter\":\"q\"", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letters_outside_the_basic_plane_are_searched_by_their_plain_form()
    {
        var plain = await app.Browser().GetPageAsync("/projekte?q=lorawan");
        var fraktur = await app.Browser().GetPageAsync($"/projekte?q={Uri.EscapeDataString("𝔏𝔬𝔯𝔞𝔚𝔄𝔑")}");

        Assert.NotEmpty(plain.QuerySelectorAll("main h3"));
        Assert.Equal(plain.QuerySelectorAll("main h3").Select(h => h.TextContent), fraktur.QuerySelectorAll("main h3").Select(h => h.TextContent));
    }

    [Theory]
    [MemberData(nameof(FormValues))]
    public async Task Interest_and_reuse_forms_refuse_an_unknown_municipality_in_German_and_store_nothing(string municipality)
    {
        var cases = await app.WithDbAsync(db => db.TransferCases.CountAsync());
        var reuses = await app.WithDbAsync(db => db.Reuses.CountAsync());

        var interest = await PostAsync(app.BrowserFrom(TransferApp.NewAddress()), "/loesungen/local-open-data-urbane-datenplattform/interesse", new()
        {
            ["Input.Municipality"] = municipality,
            ["Input.ContactName"] = "Erika Beispiel " + municipality,
            ["Input.ContactEmail"] = "erika.beispiel@example.org",
            ["Input.Need"] = "Sensordaten " + municipality,
            ["Input.Timeline"] = "1",
            ["Input.Consent"] = true,
        });
        var reuse = await PostAsync(app.BrowserFrom(TransferApp.NewAddress()), "/loesungen/lorawan-funknetz-mit-city-dashboard/nachnutzung-melden", new()
        {
            ["Input.Municipality"] = municipality,
            ["Input.Since"] = "2024-05-01",
            ["Input.ContactName"] = "Hanna Beispiel",
            ["Input.ContactEmail"] = "hanna@example.org",
            ["Input.Note"] = "Notiz " + municipality,
            ["Input.Consent"] = true,
        });

        // Unknown ("🚀"), or the beginning of many names ("𝔘" is read as "u"): either way the person is asked again.
        foreach (var response in new[] { interest, reuse })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Matches("steht nicht im amtlichen Gemeindeverzeichnis|passen [0-9.]+ Kommunen", (await Html.ParseAsync(response)).Text());
        }

        Assert.Equal(cases, await app.WithDbAsync(db => db.TransferCases.CountAsync()));
        Assert.Equal(reuses, await app.WithDbAsync(db => db.Reuses.CountAsync()));
    }

    [Fact]
    public async Task Interest_with_emoji_in_the_need_is_stored_exactly()
    {
        var response = await PostAsync(app.BrowserFrom(TransferApp.NewAddress()), "/loesungen/local-open-data-urbane-datenplattform/interesse", new()
        {
            ["Input.Municipality"] = "Delbrück",
            ["Input.ContactName"] = "Erika 𝔘 Beispiel",
            ["Input.ContactEmail"] = "erika.beispiel@example.org",
            ["Input.Need"] = "Sensordaten 🚀 für 👩‍💻 und 𝔘",
            ["Input.Timeline"] = "1",
            ["Input.Consent"] = true,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.TransferCases.OrderByDescending(c => c.Id).Select(c => new { c.Need, c.ContactName }).FirstAsync());
        Assert.Equal(("Sensordaten 🚀 für 👩‍💻 und 𝔘", "Erika 𝔘 Beispiel"), (stored.Need, stored.ContactName));
    }

    [Theory]
    [MemberData(nameof(FormValues))]
    public async Task A_project_title_with_any_character_is_saved_and_found(string text)
    {
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var url = $"/verwaltung/projekte/{id}/bearbeiten";
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var title = "LoRaWAN " + text + " Funknetz";

        var response = await PostAsync(office, url, new() { ["Input.Title"] = title }, "form[method=post].form-grid");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == id));
        if (Modellregion.Web.Platform.UnicodeText.WellFormed(text) != text)
        {
            // The bytes of a lone surrogate arrive as replacement characters or as the escaped text; never half a character.
            Assert.StartsWith("LoRaWAN ", project.Title, StringComparison.Ordinal);
            Assert.EndsWith(" Funknetz", project.Title, StringComparison.Ordinal);
            Assert.Equal(Modellregion.Web.Platform.UnicodeText.WellFormed(project.Title), project.Title);
        }
        else
        {
            Assert.Equal(title, project.Title);
        }

        Assert.Equal("lorawan-2-0", project.Slug);
        Assert.StartsWith("lorawan", project.SearchText, StringComparison.Ordinal);

        var found = await app.Browser().GetPageAsync($"/projekte?q={Uri.EscapeDataString("funknetz")}");
        Assert.Contains(found.QuerySelectorAll("main h3"), h => h.TextContent.Contains("LoRaWAN", StringComparison.Ordinal));
        await app.Browser().GetPageAsync("/projekte/lorawan-2-0");
    }

    /// <summary>The framework refuses a form with NUL as a whole; the app answers with its German error page.</summary>
    [Fact]
    public async Task A_title_with_NUL_is_refused_in_German_and_nothing_changes()
    {
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var before = await app.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.Version }).SingleAsync());
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await PostAsync(office, $"/verwaltung/projekte/{id}/bearbeiten", new() { ["Input.Title"] = "Funk\0netz" }, "form[method=post].form-grid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bitte prüfen Sie die Eingaben.", (await Html.ParseAsync(response)).Text(), StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.Version }).SingleAsync());
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("🚀 Rakete 𝔘", "rakete-u")]
    [InlineData("🚀", "eintrag")]
    public async Task A_publiccode_yml_with_emoji_in_its_name_imports(string name, string slugStart)
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var yaml = File.ReadAllText(Repository.PathOf("tests", "Modellregion.Tests", "Features", "Transfer", "Fixtures", "publiccode.minimal.yml"))
            .Replace("name: Medusa", $"name: \"{name}\"", StringComparison.Ordinal)
            .Replace("https://example.com/italia/medusa.git", $"https://example.com/rakete-{Guid.NewGuid():N}.git", StringComparison.Ordinal);

        var response = await office.SubmitFormAsync("/verwaltung/transfer/loesungen/import", "main form[enctype]", new()
        {
            ["Text"] = yaml,
            ["RegionId"] = regionId.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[4], CultureInfo.InvariantCulture);
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(name, solution.Title);
        Assert.StartsWith(slugStart, solution.Slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publiccode_yml_with_malformed_bytes_imports_without_half_characters()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var yaml = File.ReadAllText(Repository.PathOf("tests", "Modellregion.Tests", "Features", "Transfer", "Fixtures", "publiccode.minimal.yml"))
            .Replace("name: Medusa", "name: \"Rakete \uD800\"", StringComparison.Ordinal)
            .Replace("https://example.com/italia/medusa.git", $"https://example.com/rakete-{Guid.NewGuid():N}.git", StringComparison.Ordinal);
        var page = await office.GetPageAsync("/verwaltung/transfer/loesungen/import");
        var (target, fields) = Html.FormFields(page, "/verwaltung/transfer/loesungen/import", "main form[enctype]", new()
        {
            ["Text"] = yaml,
            ["RegionId"] = regionId.ToString(CultureInfo.InvariantCulture),
        });

        var response = await office.PostAsync(target, Encode(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[4], CultureInfo.InvariantCulture);
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.StartsWith("Rakete ", solution.Title, StringComparison.Ordinal);
        Assert.Equal(Modellregion.Web.Platform.UnicodeText.WellFormed(solution.Title), solution.Title);
        Assert.StartsWith("rakete", solution.Slug, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, object?> values, string form = "main form[method=post]")
    {
        var page = await client.GetPageAsync(url);
        var (target, fields) = Html.FormFields(page, url, form, values);
        return await client.PostAsync(target, Encode(fields));
    }

    /// <summary>
    /// A form body in which an unpaired surrogate is sent as the bytes a careless client writes for it (WTF-8,
    /// "%ED%A0%80" for U+D800); everything else is percent-encoded UTF-8.
    /// </summary>
    private static StringContent Encode(List<KeyValuePair<string, string>> fields)
    {
        static string Part(string text)
        {
            var builder = new StringBuilder();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    builder.Append(Uri.EscapeDataString(text[start..i]));
                    builder.Append(CultureInfo.InvariantCulture, $"%{0xE0 | (c >> 12):X2}%{0x80 | ((c >> 6) & 0x3F):X2}%{0x80 | (c & 0x3F):X2}");
                    start = i + 1;
                }
            }

            return builder.Append(Uri.EscapeDataString(text[start..])).ToString();
        }

        var body = string.Join("&", fields.Select(f => Part(f.Key) + "=" + Part(f.Value)));
        return new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
    }
}
