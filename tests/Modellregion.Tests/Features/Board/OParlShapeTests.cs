using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;
using Newtonsoft.Json.Linq;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// The shape of the work behind OParl answers: each page takes a fixed, small number of SQL commands, however many
/// objects it shows (no command per object while a page is written). Guards the shape, not the time.
/// </summary>
public sealed class OParlShapeTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    // The limits count every command of the request, including the last-change query of the conditional-request
    // middleware (Last-Modified). A list page: the last change, the page's keys with the total (the body check and
    // the total again only when the page is empty) and the loading of the shown objects (objects and what they
    // embed: agenda items, resolutions' conflicts of interest, files, consultations). This app keeps nothing in the
    // public cache; with it, the last change and the total of a list are read once until the next saved change
    // (OParlPagingTests).
    private const int SystemCommands = 2;
    private const int BodyListCommands = 3;
    private const int BodyCommands = 4;
    private const int MeetingListCommands = 5;
    private const int PaperListCommands = 6;
    private const int AgendaItemListCommands = 4;
    // An object page: the last change, the object's body, its key and state, the object and what it embeds.
    private const int MeetingCommands = 5;

    [Fact]
    public async Task List_and_object_pages_take_a_fixed_number_of_commands_however_many_objects_they_show()
    {
        var shape = await OParlShapeData.OfAsync(app);
        var client = app.Browser();
        var body = shape.Data.RegionId;
        var before = await MeasureAllAsync(client, shape.Data, body);

        // Many more objects on every page: meetings with agenda items (with resolutions and declared conflicts),
        // papers, consulted under the new items.
        await shape.AddMeetingsAsync(meetings: 12, itemsPerMeeting: 8);
        var after = await MeasureAllAsync(client, shape.Data, body);

        foreach (var (url, commands) in before)
        {
            Assert.True(commands == after[url], $"{url}: {commands} SQL commands before, {after[url]} with more objects on the page");
        }

        Assert.True(before["/oparl/v1.1"] <= SystemCommands, $"System: {before["/oparl/v1.1"]} commands");
        Assert.True(before["/oparl/v1.1/body"] <= BodyListCommands, $"Body list: {before["/oparl/v1.1/body"]} commands");
        Assert.True(before[$"/oparl/v1.1/body/{body}"] <= BodyCommands, $"Body: {before[$"/oparl/v1.1/body/{body}"]} commands");
        foreach (var suffix in new[] { "", "?modified_since=2000-01-01T00:00:00%2B01:00", "?created_since=2000-01-01T00:00:00%2B01:00" })
        {
            Assert.True(before[$"/oparl/v1.1/body/{body}/meeting{suffix}"] <= MeetingListCommands, $"meeting{suffix}: {before[$"/oparl/v1.1/body/{body}/meeting{suffix}"]}");
            Assert.True(before[$"/oparl/v1.1/body/{body}/paper{suffix}"] <= PaperListCommands, $"paper{suffix}: {before[$"/oparl/v1.1/body/{body}/paper{suffix}"]}");
            Assert.True(before[$"/oparl/v1.1/body/{body}/agendaItem{suffix}"] <= AgendaItemListCommands, $"agendaItem{suffix}: {before[$"/oparl/v1.1/body/{body}/agendaItem{suffix}"]}");
        }

        var meetingUrl = $"/oparl/v1.1/meeting/{shape.Data.MeetingIds[0]}";
        Assert.True(before[meetingUrl] <= MeetingCommands, $"Meeting: {before[meetingUrl]} commands");
    }

    [Fact]
    public async Task The_large_meeting_list_is_complete_and_well_formed()
    {
        var shape = await OParlShapeData.OfAsync(app);
        await shape.AddMeetingsAsync(meetings: 3, itemsPerMeeting: 120);
        var client = app.Browser();
        var (response, _) = await app.SqlCommands.GetAsync(client, $"/oparl/v1.1/body/{shape.Data.RegionId}/meeting?limit=500&modified_since=2000-01-01T00:00:00%2B01:00");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        var meetings = json["data"]!.ToList();
        Assert.Equal(json["pagination"]!.Value<int>("totalElements"), meetings.Count);
        Assert.Contains(meetings, m => m["agendaItem"] is JArray { Count: 120 });
    }

    private async Task<Dictionary<string, int>> MeasureAllAsync(HttpClient client, BoardFixture data, int body)
    {
        var urls = new List<string> { "/oparl/v1.1", "/oparl/v1.1/body", $"/oparl/v1.1/body/{body}", $"/oparl/v1.1/meeting/{data.MeetingIds[0]}" };
        foreach (var suffix in new[] { "", "?modified_since=2000-01-01T00:00:00%2B01:00", "?created_since=2000-01-01T00:00:00%2B01:00" })
        {
            urls.AddRange([$"/oparl/v1.1/body/{body}/meeting{suffix}", $"/oparl/v1.1/body/{body}/paper{suffix}", $"/oparl/v1.1/body/{body}/agendaItem{suffix}"]);
        }

        var counts = new Dictionary<string, int>();
        foreach (var url in urls)
        {
            var (response, commands) = await app.SqlCommands.GetAsync(client, url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            counts[url] = commands.Count;
        }

        return counts;
    }
}

/// <summary><see cref="BoardTestData"/> in an <see cref="UncachedApp"/>, seeded once for the tests of a class.</summary>
public sealed class OParlShapeData(UncachedApp app)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UncachedApp, OParlShapeData> Seeded = [];

    public BoardFixture Data { get; private set; } = null!;

    public static async Task<OParlShapeData> OfAsync(UncachedApp app)
    {
        await Seeding.WaitAsync();
        try
        {
            if (!Seeded.TryGetValue(app, out var data))
            {
                data = new OParlShapeData(app);
                await data.SeedAsync();
                Seeded.Add(app, data);
            }

            return data;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task SeedAsync()
    {
        Data = await BoardTestData.SeedAsync(app, meetings: 3);

        // From the start, a public agenda item with a paper and a resolution: every kind of embedded object is
        // on the pages before more objects are added.
        await AddMeetingsAsync(meetings: 1, itemsPerMeeting: 1);
    }

    /// <summary>Public meetings on the fixture's board, each with public agenda items, every item with its own public paper and a resolution with a declared conflict.</summary>
    public Task AddMeetingsAsync(int meetings, int itemsPerMeeting) => app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var membership = await db.BoardMemberships.Where(m => m.BoardId == Data.BoardId).Select(m => (int?)m.Id).FirstOrDefaultAsync();
        var first = Data.MeetingIds[0];
        var existing = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.Id == first);
        for (var i = 0; i < meetings; i++)
        {
            var meeting = new Meeting
            {
                BoardId = Data.BoardId,
                Name = $"{Meeting.ExamplePrefix} Form {i + 1} (Test)",
                State = MeetingState.Held,
                StartsAt = now.AddDays(-i - 1),
                Room = "Sitzungssaal",
            };
            for (var n = 1; n <= itemsPerMeeting; n++)
            {
                var paper = new Paper
                {
                    BoardId = Data.BoardId,
                    Reference = $"F-{i}-{n}-{Guid.NewGuid():N}"[..20],
                    Title = $"Vorlage {i}-{n}",
                    PaperType = "Beschlussvorlage",
                    Date = new DateOnly(2025, 3, 1),
                    IsPublic = true,
                    PublicSince = now,
                };
                var item = new AgendaItem { Number = $"{n}", Order = AgendaNumbers.OrderOf($"{n}"), Title = $"Punkt {n}", IsPublic = true, PublicSince = now, Paper = paper };
                item.Resolution = new Resolution { Result = ResolutionResult.Endorsed, Text = "Beschlossen", Yes = 5, VotingMembers = 8, VotingMembersPresent = 6, IsQuorate = true };
                if (membership is { } declared)
                {
                    item.Resolution.Attendance.Add(new ResolutionAttendance { MembershipId = declared, IsPresent = true, DeclaredConflict = true });
                }

                meeting.Items.Add(item);
            }

            db.Meetings.Add(meeting);
        }

        // The first meeting gets more public items too (the object page).
        var next = existing.Items.Count + 10;
        for (var n = next; n < next + itemsPerMeeting; n++)
        {
            existing.Items.Add(new AgendaItem { Number = $"{n}", Order = AgendaNumbers.OrderOf($"{n}"), Title = $"Weiterer Punkt {n}", IsPublic = true, PublicSince = now });
        }

        await db.SaveChangesAsync();
    });
}
