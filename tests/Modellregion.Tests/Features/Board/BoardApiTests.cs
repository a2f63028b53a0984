using System.Net;
using System.Text.Json;
using Modellregion.Tests.Features.Api;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Board;

/// <summary>The app with 25 test meetings of the OWL board in 2025, each with a public and a non-public item (<see cref="BoardTestData"/>).</summary>
public sealed class BoardApiApp : ModellregionApp
{
    public BoardFixture Data { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await BoardTestData.SeedAsync(this, meetings: 25);
    }
}

/// <summary>
/// The Digitalboard in the read API: meetings with their public agenda and the resolutions of public items, as the
/// public pages show them, paged and filtered. Non-public items, papers, files and their resolutions never appear.
/// </summary>
public sealed class BoardApiTests(BoardApiApp app) : IClassFixture<BoardApiApp>
{
    private BoardFixture Data => app.Data;

    [Fact]
    public async Task Meetings_are_listed_latest_first_and_paged()
    {
        var first = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?region=owl&jahr=2025");
        var second = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?region=owl&jahr=2025&seite=2");

        ReadApiAssert.IsPage(first, 1, total: 25);
        ReadApiAssert.IsPage(second, 2, total: 25);
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(5, second.GetProperty("items").GetArrayLength());
        var ids = ReadApiAssert.Strings(first, "id").Concat(ReadApiAssert.Strings(second, "id")).Select(int.Parse).ToList();
        Assert.Equal(Data.MeetingIds.Order(), ids.Order());
        Assert.Equal(Data.MeetingIds[^1], ids[0]);
        Assert.Empty(ReadApiAssert.Strings(first, "id").Intersect(ReadApiAssert.Strings(second, "id")));

        var latest = first.GetProperty("items")[0];
        Assert.Equal("digitalboard-owl", latest.GetProperty("boardSlug").GetString());
        Assert.Equal("Held", latest.GetProperty("state").GetString());
        Assert.Equal($"/digitalboard/sitzungen/{Data.MeetingIds[^1]}", latest.GetProperty("url").GetString());
        foreach (var item in first.GetProperty("items").EnumerateArray())
        {
            ReadApiAssert.TimesAreUtc(item, "startsAt", "endsAt");
        }

        // The first test meeting: 10 January 2025, 10:00 in Berlin is 09:00 UTC.
        var january = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?von=2025-01-10&bis=2025-01-24");
        Assert.Equal([Data.MeetingIds[1], Data.MeetingIds[0]], ReadApiAssert.Strings(january, "id").Select(int.Parse));
        Assert.Equal("2025-01-10T09:00:00Z", january.GetProperty("items")[1].GetProperty("startsAt").GetString());
        Assert.Equal("Sitzungssaal, Paderborn", january.GetProperty("items")[1].GetProperty("location").GetString());

        ReadApiAssert.IsPage(await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?region=owl&jahr=2024"), 1, total: 0);
        ReadApiAssert.IsPage(await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?jahr=2025&von=2025-12-01"), 1, total: 1);
        var training = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?region=uebungsregion");
        ReadApiAssert.IsPage(training, 1, total: 2);
        Assert.All(training.GetProperty("items").EnumerateArray(), m => Assert.True(m.GetProperty("isExample").GetBoolean()));
    }

    [Fact]
    public async Task A_meeting_shows_only_its_public_items_papers_and_files()
    {
        var body = await app.Browser().GetStringAsync($"/api/v1/board/meetings/{Data.MeetingIds[0]}");
        var meeting = JsonDocument.Parse(body).RootElement;

        Assert.DoesNotContain(Data.Secret, body, StringComparison.Ordinal);
        var items = meeting.GetProperty("items");
        Assert.Equal(1, items.GetArrayLength());
        Assert.Equal("Öffentlicher Punkt", items[0].GetProperty("title").GetString());
        Assert.DoesNotContain(items.EnumerateArray(), i => i.GetProperty("id").GetInt32() == Data.SecretItemId);
        var paper = items[0].GetProperty("paper");
        Assert.Equal(Data.PublicPaperId, paper.GetProperty("id").GetInt32());
        Assert.Equal($"/digitalboard/vorlagen/{Data.PublicPaperId}", paper.GetProperty("url").GetString());
        var files = items[0].GetProperty("files").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).ToList();
        Assert.Equal([Data.PublicFileId], files);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync(items[0].GetProperty("files")[0].GetProperty("url").GetString())).StatusCode);
        ReadApiAssert.TimesAreUtc(meeting, "startsAt", "endsAt");
    }

    [Fact]
    public async Task A_meeting_of_the_training_region_carries_its_resolutions_without_the_non_public_item_or_the_invitations()
    {
        var list = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?region=uebungsregion&bis=" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();
        var body = await app.Browser().GetStringAsync($"/api/v1/board/meetings/{id}");
        var meeting = JsonDocument.Parse(body).RootElement;

        Assert.Equal("Sitzung des Digitalboards der Übungsregion (Beispiel)", meeting.GetProperty("name").GetString());
        Assert.Equal(["1", "2", "3", "4"], meeting.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        Assert.DoesNotContain("Personalangelegenheit", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.False(meeting.TryGetProperty("invitations", out _));

        var opendata = meeting.GetProperty("items")[1].GetProperty("resolution");
        Assert.Equal("Endorsed", opendata.GetProperty("result").GetString());
        Assert.Equal("Befürwortet", opendata.GetProperty("resultLabel").GetString());
        Assert.Equal(4, opendata.GetProperty("yes").GetInt32());
        Assert.Equal(1, opendata.GetProperty("conflicts").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(opendata.GetProperty("project").GetProperty("slug").GetString()));

        // The minutes are not approved yet: not public.
        Assert.False(meeting.GetProperty("minutesApproved").GetBoolean());
        Assert.All(meeting.GetProperty("items").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("minutes").ValueKind));

        // The next meeting: its non-public item and paper do not appear.
        var next = await app.Browser().GetStringAsync($"/api/v1/board/meetings/{(await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/meetings?region=uebungsregion")).GetProperty("items")[0].GetProperty("id").GetInt32()}");
        Assert.Contains("Vereinsportal", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Vertragsangelegenheit", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Verlängerung des Vertrags", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolutions_of_public_items_are_listed_and_searched()
    {
        var training = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/resolutions?region=uebungsregion");
        ReadApiAssert.IsPage(training, 1, total: 3);
        Assert.Equal(["Endorsed", "Rejected", "Endorsed"], ReadApiAssert.Strings(training, "result"));
        Assert.Equal(["2", "3", "4"], ReadApiAssert.Strings(training, "agendaItemNumber"));
        var year = JsonDocument.Parse(training.GetProperty("items")[0].GetProperty("meetingStartsAt").GetRawText()).RootElement.GetString()![..4];
        ReadApiAssert.TimesAreUtc(training.GetProperty("items")[0], "meetingStartsAt");

        var search = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/resolutions?q=luftrechtlichen");
        var drones = search.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Abgelehnt", drones.GetProperty("resultLabel").GetString());
        Assert.Equal("Projektidee: Drohnen-Lieferdienst für Apotheken", drones.GetProperty("agendaItemTitle").GetString());
        Assert.Equal("Projektskizze Drohnen-Lieferdienst (Beispiel)", drones.GetProperty("paper").GetProperty("title").GetString());
        Assert.StartsWith("/digitalboard/sitzungen/", drones.GetProperty("url").GetString(), StringComparison.Ordinal);

        // Searching the paper's title, German-aware.
        Assert.Equal(1, (await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/resolutions?q=FUNDBUERO&region=uebungsregion")).GetProperty("totalCount").GetInt32());
        Assert.True((await ReadApiAssert.OkAsync(app.Browser(), $"/api/v1/board/resolutions?jahr={year}")).GetProperty("totalCount").GetInt32() >= 1);
        ReadApiAssert.IsPage(await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/resolutions?jahr=1999"), 1, total: 0);
    }

    [Fact]
    public async Task Nothing_non_public_appears_anywhere_in_the_board_api()
    {
        var urls = new List<string>
        {
            $"/api/v1/board/resolutions?q={Data.Secret}", "/api/v1/board/resolutions?q=Beschluss", "/api/v1/board/resolutions?region=owl",
            $"/api/v1/board/resolutions?q=Vorlage%20{Data.Secret}", "/api/v1/board/resolutions?jahr=2025",
        };
        foreach (var list in new[] { "/api/v1/board/meetings", "/api/v1/board/resolutions" })
        {
            var first = await ReadApiAssert.OkAsync(app.Browser(), list);
            var pages = Math.Max(1, (first.GetProperty("totalCount").GetInt32() + 19) / 20);
            urls.AddRange(Enumerable.Range(1, pages).Select(p => $"{list}?seite={p}"));
        }

        urls.AddRange(Data.MeetingIds.Select(id => $"/api/v1/board/meetings/{id}"));
        foreach (var url in urls)
        {
            var body = await app.Browser().GetStringAsync(url);
            Assert.False(body.Contains(Data.Secret, StringComparison.Ordinal), $"{url} zeigt nicht öffentliche Inhalte.");
            Assert.DoesNotContain($"/digitalboard/dateien/{Data.SecretAttachmentId}\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"/digitalboard/vorlagen/{Data.SecretPaperId}\"", body, StringComparison.Ordinal);
        }

        // The resolution under the non-public item is not counted either.
        ReadApiAssert.IsPage(await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/board/resolutions?region=owl&jahr=2025"), 1, total: 0);
    }

    [Theory]
    [InlineData("/api/v1/board/meetings?seite=-1")]
    [InlineData("/api/v1/board/meetings?seite=abc")]
    [InlineData("/api/v1/board/meetings?seite=99999999999999999999")]
    [InlineData("/api/v1/board/meetings?jahr=abc")]
    [InlineData("/api/v1/board/meetings?jahr=9999")]
    [InlineData("/api/v1/board/meetings?von=9999-99-99")]
    [InlineData("/api/v1/board/meetings?von=2025-02-01&bis=2025-01-01")]
    [InlineData("/api/v1/board/meetings?region=gibt-es-nicht")]
    [InlineData("/api/v1/board/resolutions?seite=0")]
    [InlineData("/api/v1/board/resolutions?jahr=-2025")]
    [InlineData("/api/v1/board/resolutions?q=%F0%9F%97%B3%EF%B8%8F")]
    [InlineData("/api/v1/board/resolutions?region=%F0%9F%97%B3")]
    public async Task Bad_values_are_answered_400_in_German(string url)
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), url, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_meetings_and_huge_values_are_problems_not_errors()
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/board/resolutions?q=" + ReadApiAssert.TenKilobytes, HttpStatusCode.BadRequest);
        var problem = await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/board/meetings/999999", HttpStatusCode.NotFound);
        Assert.Equal("Sitzung nicht gefunden", problem.GetProperty("title").GetString());
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/board/meetings/abc", HttpStatusCode.NotFound);
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/board/meetings/-1", HttpStatusCode.NotFound);
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/board/meetings/99999999999999999999", HttpStatusCode.NotFound);
    }
}
