using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// No non-public agenda item, paper or file reaches any public channel: pages, project and region pages, the JSON
/// API, OParl (lists, objects, deleted objects), the calendars and the file URLs, whose ids are easy to guess.
/// Every non-public record carries a unique marker; no public answer may contain it.
/// </summary>
public sealed class BoardPrivacyTests(BoardApp app) : IClassFixture<BoardApp>
{
    private BoardFixture Data => app.Data;

    [Fact]
    public async Task Public_pages_and_the_json_api_never_show_non_public_content()
    {
        var client = app.Browser();
        var urls = new List<string>
        {
            "/", "/digitalboard", "/digitalboard/digitalboard-owl", "/regionen/owl", "/projekte?region=owl", "/projekte?q=Vorlage",
            "/akteure", "/aktuelles", "/api/v1/projects?region=owl", "/api/v1/regions/owl", $"/digitalboard/vorlagen/{Data.PublicPaperId}",
            "/projekte/lorawan-2-0", "/api/v1/projects/lorawan-2-0", $"/loesungen/{Data.SolutionSlug}", $"/loesungen/{Data.SolutionSlug}/publiccode.yml",
            $"/api/v1/solutions/{Data.SolutionSlug}", "/loesungen",
        };
        foreach (var meeting in Data.MeetingIds)
        {
            urls.Add($"/digitalboard/sitzungen/{meeting}");
            urls.Add($"/digitalboard/sitzungen/{meeting}/druck");
        }

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.False(body.Contains(Data.Secret, StringComparison.Ordinal), $"{url} zeigt nicht öffentliche Inhalte.");
        }

        // The meeting page shows the public item, not the non-public one, and not its paper's reference.
        var page = await client.GetPageAsync($"/digitalboard/sitzungen/{Data.MeetingIds[0]}");
        Assert.Contains("Öffentlicher Punkt", page.Text());
        Assert.DoesNotContain("TOP 2", page.Text());

        // The resolution under the non-public item does not appear on the project page either.
        Assert.Null((await client.GetPageAsync("/projekte/lorawan-2-0")).QuerySelector("#votum"));

        // Both papers concern the same solution: its page lists the public one only.
        var solution = await client.GetPageAsync($"/loesungen/{Data.SolutionSlug}");
        Assert.NotNull(solution.QuerySelector($"#digitalboard ~ ul a[href='/digitalboard/vorlagen/{Data.PublicPaperId}']"));
        Assert.Null(solution.QuerySelector($"a[href='/digitalboard/vorlagen/{Data.SecretPaperId}']"));
        Assert.Contains($"/loesungen/{Data.SolutionSlug}", (await client.GetPageAsync($"/digitalboard/vorlagen/{Data.PublicPaperId}")).QuerySelector("a[href^='/loesungen/']")!.GetAttribute("href"), StringComparison.Ordinal);

        using var secretPaper = await client.GetAsync($"/digitalboard/vorlagen/{Data.SecretPaperId}");
        Assert.Equal(HttpStatusCode.NotFound, secretPaper.StatusCode);
        Assert.DoesNotContain(Data.Secret, await secretPaper.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OParl_never_shows_non_public_content_not_even_among_deleted_objects()
    {
        foreach (var query in new[] { null, "modified_since=2000-01-01T00%3A00%3A00%2B01%3A00", "limit=1" })
        {
            var crawler = new OParlCrawler(app.Browser()) { ListQuery = query };
            await crawler.CrawlAsync();

            Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems.Take(20)));
            Assert.DoesNotContain(crawler.RawResponses, r => r.Contains(Data.Secret, StringComparison.Ordinal));
            Assert.DoesNotContain(crawler.Objects, o => o.Value<string>("id")!.EndsWith($"/agendaitem/{Data.SecretItemId}", StringComparison.Ordinal));
            Assert.DoesNotContain(crawler.Objects, o => o.Value<string>("id")!.EndsWith($"/paper/{Data.SecretPaperId}", StringComparison.Ordinal));
            Assert.DoesNotContain(crawler.Objects, o => o.Value<string>("id")!.EndsWith($"/file/{Data.SecretAttachmentId}", StringComparison.Ordinal));
            Assert.DoesNotContain(crawler.Objects, o => o.Value<string>("id")!.EndsWith($"/file/{Data.SecretPaperFileId}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Calendars_never_show_non_public_content()
    {
        var client = app.Browser();
        var feed = await client.GetStringAsync("/digitalboard/digitalboard-owl/kalender.ics");
        Assert.Contains("BEGIN:VCALENDAR", feed, StringComparison.Ordinal);
        Assert.DoesNotContain(Data.Secret, feed, StringComparison.Ordinal);
        foreach (var meeting in Data.MeetingIds)
        {
            var ics = await client.GetStringAsync($"/digitalboard/sitzungen/{meeting}.ics");
            Assert.DoesNotContain(Data.Secret, ics, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Guessable_file_urls_serve_only_public_files()
    {
        var client = app.Browser();
        var files = await app.WithDbAsync(db => db.PaperFiles.AsNoTracking()
            .Select(f => new
            {
                f.Id,
                Public = f.DeletedAt == null && f.IsPublic && f.Paper!.DeletedAt == null && f.Paper.IsPublic,
                WasPublic = f.PublicSince != null && f.Paper!.PublicSince != null,
            })
            .ToListAsync());
        var secret = Encoding.ASCII.GetBytes(Data.Secret);
        var unknownId = files.Max(f => f.Id) + 1000;
        using var unknown = await client.GetAsync($"/digitalboard/dateien/{unknownId}");
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        for (var id = 1; id <= files.Max(f => f.Id) + 3; id++)
        {
            var file = files.SingleOrDefault(f => f.Id == id);
            var expected = file switch
            {
                { Public: true } => HttpStatusCode.OK,
                { WasPublic: true } => HttpStatusCode.Gone,
                _ => HttpStatusCode.NotFound,
            };
            foreach (var url in new[] { $"/digitalboard/dateien/{id}", $"/digitalboard/dateien/{id}/download" })
            {
                using var response = await client.GetAsync(url);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                Assert.False(bytes.AsSpan().IndexOf(secret) >= 0, $"{url} liefert nicht öffentliche Inhalte.");
                Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode}, erwartet {(int)expected}");
                using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
                Assert.True(head.StatusCode == expected, $"HEAD {url}: {(int)head.StatusCode}, erwartet {(int)expected}");
                if (expected == HttpStatusCode.NotFound)
                {
                    // A file that was never public answers exactly like an id that does not exist.
                    // Only the request id (each answer its own) may differ.
                    Assert.Equal(WithoutRequestId(unknownBody), WithoutRequestId(System.Text.Encoding.UTF8.GetString(bytes)));
                    Assert.Equal(unknown.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentType?.ToString());
                }
                else if (expected == HttpStatusCode.OK)
                {
                    Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
                    Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
                    Assert.Empty(await head.Content.ReadAsByteArrayAsync());
                }
            }
        }

        // The file ticked public on the paper that never was: not even its existence shows.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/digitalboard/dateien/{Data.SecretPaperFileId}")).StatusCode);

        // The members' file URL needs a sign-in, and a seat (or a role for the region).
        using var anonymous = await client.GetAsync($"/digitalboard/mitglieder/dateien/{Data.SecretPaperFileId}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/verwaltung/anmelden", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        var stranger = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        using var forbidden = await stranger.GetAsync($"/digitalboard/mitglieder/dateien/{Data.SecretPaperFileId}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.False((await forbidden.Content.ReadAsByteArrayAsync()).AsSpan().IndexOf(secret) >= 0);
    }

    [Fact]
    public async Task The_members_area_is_closed_to_the_public_and_to_accounts_without_a_seat()
    {
        using var anonymous = await app.Browser().GetAsync($"/digitalboard/mitglieder/vorlagen/{Data.SecretPaperId}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);

        // An account of another region's office has no seat on the OWL board and no role for OWL.
        var stranger = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        using var paper = await stranger.GetAsync($"/digitalboard/mitglieder/vorlagen/{Data.SecretPaperId}");
        using var meeting = await stranger.GetAsync($"/digitalboard/mitglieder/sitzungen/{Data.MeetingIds[0]}");
        using var index = await stranger.GetAsync("/digitalboard/mitglieder");
        Assert.Equal(HttpStatusCode.Forbidden, paper.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, index.StatusCode);
        foreach (var response in new[] { paper, meeting, index })
        {
            Assert.DoesNotContain(Data.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_vote_under_a_non_public_item_is_a_dated_lifecycle_step_and_nothing_of_the_item_reaches_the_project()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = Data.MeetingIds[1];
        var (itemId, meetingName, projectId) = await app.WithDbAsync(async db => (
            await db.AgendaItems.Where(i => i.MeetingId == meetingId && !i.IsPublic).Select(i => i.Id).SingleAsync(),
            await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Name).SingleAsync(),
            await db.Projects.Where(p => p.Slug == "lorawan-2-0").Select(p => p.Id).SingleAsync()));

        var recorded = await BoardMeetingTests.RecordAsync(office, itemId, 9, 1, 0, ((int)Web.Features.Board.ResolutionResult.Endorsed).ToString(System.Globalization.CultureInfo.InvariantCulture),
            present: _ => true, projectId: projectId);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.StatusChanges.AnyAsync(s => s.ProjectId == projectId && s.To == Web.Features.Projects.ProjectStatus.BoardVote && s.EffectiveOn == new DateOnly(2025, 1, 24))));
        var client = app.Browser();
        var page = await client.GetPageAsync("/projekte/lorawan-2-0");
        var api = await client.GetStringAsync("/api/v1/projects/lorawan-2-0");
        Assert.Contains("24.01.2025: Votum Digitalboard", page.Text(), StringComparison.Ordinal);
        foreach (var (url, text) in new[] { ("/projekte/lorawan-2-0", page.Source.Text), ("/api/v1/projects/lorawan-2-0", api) })
        {
            Assert.False(text.Contains(Data.Secret, StringComparison.Ordinal), $"{url} zeigt nicht öffentliche Inhalte.");
            Assert.False(text.Contains(meetingName, StringComparison.Ordinal), $"{url} nennt die Sitzung des nicht öffentlichen Punkts.");
            Assert.False(text.Contains("TOP 2", StringComparison.Ordinal), $"{url} nennt den nicht öffentlichen Punkt.");
            Assert.False(text.Contains("befürwortet", StringComparison.OrdinalIgnoreCase), $"{url} nennt das Ergebnis.");
            Assert.False(text.Contains($"#top-{itemId}", StringComparison.Ordinal), $"{url} verlinkt den Beschluss.");
        }

        Assert.Null(page.QuerySelector("#votum"));
    }

    private static string WithoutRequestId(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "id=\"anfrage-kennung\">[^<]*<", "id=\"anfrage-kennung\"><");
}
