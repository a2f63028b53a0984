using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// OParl 1.1 conformance: a crawler starts at the System object, follows every list and every links.next to the
/// end and checks every object against the OParl JSON Schemas (standards/oparl-1.1) and the rules the schemas leave out.
/// </summary>
public sealed class OParlConformanceTests(BoardApp app) : IClassFixture<BoardApp>
{
    private BoardFixture Data => app.Data;

    [Fact]
    public async Task The_crawl_reaches_every_list_page_and_every_object_is_valid()
    {
        var crawler = new OParlCrawler(app.Browser()) { ListQuery = "limit=2" };

        await crawler.CrawlAsync();

        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems.Take(50)));
        // Every region is a body, except the fictional training region (example data is not published through OParl).
        Assert.Equal(await app.WithDbAsync(db => db.Regions.CountAsync(r => !r.IsExample)), crawler.Bodies.Count);
        var types = crawler.Objects.Select(o => o.Value<string>("type")![OParlCrawler.Schema.Length..]).ToHashSet();
        Assert.Superset(new HashSet<string> { "System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location" }, types);

        // Paging really happened: the meeting list of OWL needs several pages of two.
        Assert.Contains(crawler.Pages, p => p.Contains("/body/1/meeting?after=", StringComparison.Ordinal) || p.Contains("/meeting?", StringComparison.Ordinal) && p.Contains("after=", StringComparison.Ordinal));
        var meetings = await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.DeletedAt == null && !m.Board!.Region!.IsExample));
        Assert.Equal(meetings, crawler.Objects.Where(o => o.Value<string>("type") == OParlCrawler.Schema + "Meeting").Select(o => o.Value<string>("id")).Distinct().Count());

        // Every board links its meetings as an external list (Organization.meeting), and the crawl followed them.
        var boards = await app.WithDbAsync(db => db.Boards.CountAsync(b => b.DeletedAt == null && !b.Region!.IsExample));
        Assert.Equal(boards, crawler.ExternalLists.Count);
        Assert.All(crawler.ExternalLists, l => Assert.Matches("/oparl/v1.1/organization/[1-9][0-9]*/meeting$", l));
    }

    [Fact]
    public async Task The_training_region_is_no_body_and_nothing_of_its_board_is_published()
    {
        var client = app.Browser();
        var training = await app.WithDbAsync(async db => new
        {
            Region = await db.Regions.Where(r => r.IsExample).Select(r => r.Id).SingleAsync(),
            Boards = await db.Boards.Where(b => b.Region!.IsExample).Select(b => b.Id).ToListAsync(),
            Meetings = await db.Meetings.Where(m => m.Board!.Region!.IsExample).Select(m => m.Id).ToListAsync(),
            Items = await db.AgendaItems.Where(i => i.Meeting!.Board!.Region!.IsExample && i.IsPublic).Select(i => i.Id).ToListAsync(),
            Consultations = await db.AgendaItems.Where(i => i.Meeting!.Board!.Region!.IsExample && i.IsPublic && i.PaperId != null).Select(i => i.Id).ToListAsync(),
            Papers = await db.Papers.Where(p => p.Board!.Region!.IsExample && p.IsPublic).Select(p => p.Id).ToListAsync(),
            People = await db.BoardPeople.Where(p => p.Region!.IsExample).Select(p => p.Id).ToListAsync(),
            Memberships = await db.BoardMemberships.Where(m => m.Board!.Region!.IsExample).Select(m => m.Id).ToListAsync(),
            Organisation = await db.BoardMemberships.Where(m => m.Board!.Region!.IsExample).Select(m => m.OrganisationId!.Value).FirstAsync(),
        });
        Assert.NotEmpty(training.Meetings);
        Assert.NotEmpty(training.Papers);
        Assert.NotEmpty(training.People);

        var urls = new List<string>
        {
            $"/oparl/v1.1/body/{training.Region}",
            $"/oparl/v1.1/legislativeterm/{training.Region}",
            $"/oparl/v1.1/organization/{training.Region}-{training.Organisation}",
        };
        urls.AddRange(OParlService.ListNames.Select(list => $"/oparl/v1.1/body/{training.Region}/{list}"));
        urls.AddRange(training.Boards.SelectMany(id => new[] { $"/oparl/v1.1/organization/{id}", $"/oparl/v1.1/organization/{id}/meeting" }));
        urls.AddRange(training.Meetings.SelectMany(id => new[] { $"/oparl/v1.1/meeting/{id}", $"/oparl/v1.1/location/{id}" }));
        urls.AddRange(training.Items.Select(id => $"/oparl/v1.1/agendaitem/{id}"));
        urls.AddRange(training.Consultations.Select(id => $"/oparl/v1.1/consultation/{id}"));
        urls.AddRange(training.Papers.Select(id => $"/oparl/v1.1/paper/{id}"));
        urls.AddRange(training.People.Select(id => $"/oparl/v1.1/person/{id}"));
        urls.AddRange(training.Memberships.Select(id => $"/oparl/v1.1/membership/{id}"));
        foreach (var url in urls)
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(url)).StatusCode, url);
        }

        // A full crawl (with deleted objects) meets none of it, and no answer names the training board or its people.
        var crawler = new OParlCrawler(client) { ListQuery = "modified_since=2000-01-01T00%3A00%3A00%2B01%3A00" };
        await crawler.CrawlAsync();
        Assert.DoesNotContain(crawler.Bodies, b => b.EndsWith($"/body/{training.Region}", StringComparison.Ordinal));
        Assert.All(crawler.RawResponses, r =>
        {
            Assert.DoesNotContain("Übungsregion", r, StringComparison.Ordinal);
            Assert.DoesNotContain("Erika Beispiel", r, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_boards_meeting_list_holds_exactly_its_meetings()
    {
        var client = app.Browser();
        var organization = JObject.Parse(await client.GetStringAsync($"/oparl/v1.1/organization/{Data.BoardId}"));
        var expected = await app.WithDbAsync(db => db.Meetings.Where(m => m.BoardId == Data.BoardId && m.DeletedAt == null).Select(m => m.Id).ToListAsync());

        var crawler = new OParlCrawler(client) { ListQuery = "limit=1" };
        var meetings = await crawler.CrawlListAsync(organization.Value<string>("meeting")!, "Meeting");

        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems.Take(50)));
        Assert.Equal(expected.Order(), meetings.Select(m => int.Parse(m.Value<string>("id")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(meetings, m => Assert.Contains(organization.Value<string>("id")!, m["organization"]!.Values<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/oparl/v1.1/organization/999999/meeting")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/oparl/v1.1/organization/{Data.BoardId}/meeting?limit=abc")).StatusCode);
    }

    [Fact]
    public async Task Filters_are_kept_in_every_link_and_restrict_the_lists()
    {
        var crawler = new OParlCrawler(app.Browser())
        {
            ListQuery = "created_since=2000-01-01T00%3A00%3A00%2B01%3A00&modified_until=2100-01-01T00%3A00%3A00%2B01%3A00&omit_internal=true&limit=1",
        };

        await crawler.CrawlAsync();

        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems.Take(50)));
        Assert.Contains(crawler.Objects, o => o.Value<string>("type") == OParlCrawler.Schema + "Meeting");

        // omit_internal leaves out the embedded agenda items; created_since in the future empties a list.
        Assert.All(crawler.Objects.Where(o => o.Value<string>("type") == OParlCrawler.Schema + "Meeting"), m => Assert.Null(m["agendaItem"]));
        var empty = JObject.Parse(await app.Browser().GetStringAsync("/oparl/v1.1/body/1/meeting?created_since=2099-01-01T00%3A00%3A00%2B01%3A00"));
        Assert.Empty((JArray)empty["data"]!);
        Assert.Null(empty["links"]!["next"]);
    }

    [Fact]
    public async Task Deleted_objects_appear_only_with_modified_since_and_keep_id_type_created()
    {
        await Task.Delay(1100);
        var before = DateTime.UtcNow;
        var meetingId = Data.MeetingIds[^1];
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.Id == meetingId);
            meeting.DeletedAt = db.UtcNow;
            foreach (var item in meeting.Items)
            {
                item.DeletedAt = db.UtcNow;
            }

            await db.SaveChangesAsync();
        });
        var client = app.Browser();
        var since = Uri.EscapeDataString(before.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture));

        var all = await new OParlCrawler(client).CrawlListAsync("/oparl/v1.1/body/1/meeting", "Meeting");
        var changed = JObject.Parse(await client.GetStringAsync($"/oparl/v1.1/body/1/meeting?modified_since={since}"));
        var single = JObject.Parse(await client.GetStringAsync($"/oparl/v1.1/meeting/{meetingId}"));

        Assert.DoesNotContain(all, m => m.Value<string>("id")!.EndsWith($"/meeting/{meetingId}", StringComparison.Ordinal));
        var deleted = Assert.Single(((JArray)changed["data"]!).OfType<JObject>(), m => m.Value<string>("id")!.EndsWith($"/meeting/{meetingId}", StringComparison.Ordinal));
        Assert.True(deleted.Value<bool>("deleted"));
        Assert.Equal(["id", "type", "created", "modified", "deleted"], deleted.Properties().Select(p => p.Name).ToArray());
        Assert.Null(deleted["name"]);
        Assert.True(single.Value<bool>("deleted"));

        // The public agenda item of the deleted meeting is announced as deleted too; the never-public one is not mentioned.
        var items = JObject.Parse(await client.GetStringAsync($"/oparl/v1.1/body/1/agendaItem?modified_since={since}"));
        var ids = ((JArray)items["data"]!).Select(i => i.Value<string>("id")!).ToList();
        Assert.Single(ids);
        Assert.All(((JArray)items["data"]!).OfType<JObject>(), i => Assert.True(i.Value<bool>("deleted")));
    }

    [Fact]
    public async Task The_specification_examples_are_valid_except_the_known_defect_of_Meeting_01()
    {
        var results = new Dictionary<string, IReadOnlyList<ValidationError>>();
        var schemas = await OParlSchemas.AllAsync();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(OParlSchemas.Folder, "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            var example = JObject.Parse(await File.ReadAllTextAsync(file));
            var type = example.Value<string>("type")!["https://schema.oparl.org/1.1/".Length..];
            results[Path.GetFileName(file)] = [.. OParlSchemas.Flatten(schemas[type].Validate(example, OParlSchemas.Settings))];
        }

        Assert.Equal(8, results.Count);
        Assert.All(results.Where(r => r.Key != "Meeting-01.json"), r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
        var defect = Assert.Single(results["Meeting-01.json"]);
        Assert.Equal(ValidationErrorKind.PropertyRequired, defect.Kind);
        Assert.Equal("order", defect.Property);
        Assert.Contains("agendaItem[0]", defect.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_patches_are_needed_and_suffice()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(OParlSchemas.Folder, "schema", "Body.json"));
        var patched = OParlSchemas.Patch("Body", body);

        Assert.Contains("\"$ref\": \"Organization.json\"", body, StringComparison.Ordinal);
        Assert.Contains("\"$ref\": \"Organization\",", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".json\"", patched, StringComparison.Ordinal);
        Assert.DoesNotContain("\"$ref\": \"Organization\",", patched, StringComparison.Ordinal);

        // With the patched Body schema, a Body whose mainOrganization is a URL is valid.
        var example = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(OParlSchemas.Folder, "examples", "Body-01.json")));
        example["mainOrganization"] = "https://oparl.example.org/organization/1";
        Assert.Empty(await OParlSchemas.ValidateAsync(example));
        example["name"]?.Parent?.Remove();
        Assert.Contains(await OParlSchemas.ValidateAsync(example), e => e.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessUrl_and_downloadUrl_are_attachments_with_nosniff()
    {
        var client = app.Browser();
        var file = JObject.Parse(await client.GetStringAsync($"/oparl/v1.1/file/{Data.PublicFileId}"));

        using var access = await client.GetAsync(file.Value<string>("accessUrl"));
        using var download = await client.GetAsync(file.Value<string>("downloadUrl"));

        Assert.Equal(HttpStatusCode.OK, access.StatusCode);
        Assert.Equal("attachment", access.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", access.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("application/pdf", access.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("attachment; filename=", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("vorlage.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(file.Value<long>("size"), (await download.Content.ReadAsByteArrayAsync()).LongLength);
        Assert.Equal(file.Value<string>("sha512Checksum"), Convert.ToHexStringLower(System.Security.Cryptography.SHA512.HashData(await access.Content.ReadAsByteArrayAsync())));
    }

    public static TheoryData<string> BadParameters() => new()
    {
        "/oparl/v1.1/body/1/meeting?limit=0",
        "/oparl/v1.1/body/1/meeting?limit=501",
        "/oparl/v1.1/body/1/meeting?limit=abc",
        "/oparl/v1.1/body/1/meeting?limit=-5",
        "/oparl/v1.1/body/1/meeting?limit=99999999999999999999",
        "/oparl/v1.1/body/1/meeting?limit=1&limit=2",
        "/oparl/v1.1/body/1/meeting?created_since=gestern",
        "/oparl/v1.1/body/1/meeting?created_since=2020-01-01",
        "/oparl/v1.1/body/1/meeting?modified_since=2020-13-45T00:00:00%2B01:00",
        "/oparl/v1.1/body/1/meeting?modified_until=",
        "/oparl/v1.1/body/1/meeting?created_since=2021-01-01T00:00:00%2B01:00&created_until=2020-01-01T00:00:00%2B01:00",
        "/oparl/v1.1/body/1/meeting?modified_since=2021-01-01T00:00:00%2B01:00&modified_until=2020-01-01T00:00:00%2B01:00",
        "/oparl/v1.1/body/1/meeting?omit_internal=ja",
        "/oparl/v1.1/body/1/meeting?after=abc",
        "/oparl/v1.1/body/1/meeting?after=-1",
        "/oparl/v1.1/body/1/meeting?after=0",
        "/oparl/v1.1/body/1/meeting?after=%00",
        "/oparl/v1.1/body/1/organization?after=x5",
        "/oparl/v1.1/body/1/organization?after=g",
        "/oparl/v1.1/body?limit=1000",
        "/oparl/v1.1/body/1/file?created_until=9999-12-31T23:59:59-14:00",
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task Malformed_or_out_of_range_list_parameters_are_OParl_errors_with_400(string url)
    {
        using var response = await app.Browser().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
        AssertOParlError(response, body);
    }

    [Theory]
    [InlineData("/oparl/v1.1/body/4711")]
    [InlineData("/oparl/v1.1/body/4711/meeting")]
    [InlineData("/oparl/v1.1/body/1/gibtsnicht")]
    [InlineData("/oparl/v1.1/body/01/meeting")]
    [InlineData("/oparl/v1.1/meeting/abc")]
    [InlineData("/oparl/v1.1/meeting/999999")]
    [InlineData("/oparl/v1.1/organization/1-999999")]
    [InlineData("/oparl/v1.1/organization/1-2-3")]
    [InlineData("/oparl/v1.1/gibtsnicht/1")]
    [InlineData("/oparl/v1.1/body/1/meeting/1/2")]
    [InlineData("/oparl/gibtsnicht")]
    public async Task Unknown_addresses_are_OParl_errors_with_404(string url)
    {
        using var response = await app.Browser().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode} {body}");
        AssertOParlError(response, body);
    }

    [Fact]
    public async Task Other_methods_get_an_OParl_error_too()
    {
        using var response = await app.Browser().PostAsync("/oparl/v1.1", new StringContent(""));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, body);
        AssertOParlError(response, body);
    }

    [Fact]
    public async Task A_never_public_item_is_not_found_and_a_non_public_paper_is_not_even_a_tombstone()
    {
        var client = app.Browser();
        foreach (var url in new[] { $"/oparl/v1.1/agendaitem/{Data.SecretItemId}", $"/oparl/v1.1/paper/{Data.SecretPaperId}", $"/oparl/v1.1/file/{Data.SecretAttachmentId}", $"/oparl/v1.1/file/{Data.SecretPaperFileId}" })
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(Data.Secret, body, StringComparison.Ordinal);
        }
    }

    private static void AssertOParlError(HttpResponseMessage response, string body)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var error = JObject.Parse(body);
        Assert.Equal("https://schema.oparl.org/1.1/Error", error.Value<string>("type"));
        Assert.False(string.IsNullOrWhiteSpace(error.Value<string>("message")));
    }
}
