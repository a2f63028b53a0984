using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;
using Newtonsoft.Json.Linq;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// Paging stays stable while data changes: a client walking a list page by page sees every object that existed
/// before and still exists exactly once, even when objects are added and deleted between its requests.
/// </summary>
public sealed class OParlPagingTests(BoardApp app) : IClassFixture<BoardApp>
{
    [Fact]
    public async Task Pages_stay_stable_while_meetings_are_added_and_deleted()
    {
        var client = app.Browser();
        var before = await app.WithDbAsync(db => db.Meetings.Where(m => m.DeletedAt == null && m.Board!.RegionId == 1).Select(m => m.Id).OrderBy(id => id).ToListAsync());
        Assert.True(before.Count >= 5);
        var seen = new List<int>();
        var next = "/oparl/v1.1/body/1/meeting?limit=2";
        var page = 0;
        int? deleted = null;
        while (next is not null && page++ < 50)
        {
            var json = JObject.Parse(await client.GetStringAsync(next));
            seen.AddRange(json["data"]!.Select(m => int.Parse(m.Value<string>("id")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)));
            next = json["links"]!.Value<string>("next");
            if (page == 1)
            {
                // Between the first and the second page: one meeting already seen and one not yet seen are deleted,
                // and a new meeting is added.
                var (first, last) = (before[0], before[^1]);
                deleted = last;
                await app.WithDbAsync(async db =>
                {
                    foreach (var meeting in await db.Meetings.Where(m => m.Id == first || m.Id == last).ToListAsync())
                    {
                        meeting.DeletedAt = db.UtcNow;
                    }

                    db.Meetings.Add(new Meeting { BoardId = app.Data.BoardId, Name = "Beispielsitzung, während des Abrufs angelegt", StartsAt = DateTime.UtcNow });
                    await db.SaveChangesAsync();
                });
            }
        }

        Assert.Null(next);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(before.Where(id => id != deleted), id => Assert.Contains(id, seen));
        Assert.DoesNotContain(deleted!.Value, seen);
    }

    [Fact]
    public async Task The_total_is_counted_once_for_the_pages_of_a_list_and_follows_every_saved_change()
    {
        var client = app.Browser();
        var list = $"/oparl/v1.1/body/{app.Data.RegionId}/paper";
        await AddPublicPaperAsync("OP-Σ-0");
        var expected = await app.WithDbAsync(db => db.Papers.CountAsync(p => p.RegionId == app.Data.RegionId && p.IsPublic && p.DeletedAt == null && p.PublicSince != null));
        Assert.True(expected >= 2, "two public papers, so that the list has a second page");

        // The first page counts the list along with its keys (one query), the next page does not count again.
        var (first, firstCommands) = await app.SqlCommands.GetAsync(client, $"{list}?limit=1");
        var firstPage = JObject.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(expected, firstPage["pagination"]!.Value<int>("totalElements"));
        Assert.Contains(firstCommands, c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase) && c.Contains("\"Papers\"", StringComparison.Ordinal));
        var (second, secondCommands) = await app.SqlCommands.GetAsync(client, PathOf(firstPage["links"]!.Value<string>("next")!));
        Assert.Equal(expected, JObject.Parse(await second.Content.ReadAsStringAsync())["pagination"]!.Value<int>("totalElements"));
        Assert.DoesNotContain(secondCommands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.True(secondCommands.Count < firstCommands.Count, $"{secondCommands.Count} commands on the second page, {firstCommands.Count} on the first");

        // A filter is a list of its own.
        var (filtered, _) = await app.SqlCommands.GetAsync(client, $"{list}?limit=1&created_since=2999-01-01T00:00:00%2B01:00");
        Assert.Equal(0, JObject.Parse(await filtered.Content.ReadAsStringAsync())["pagination"]!.Value<int>("totalElements"));

        // A new public paper, then a deleted one: the total follows at once, on the first page and on later ones.
        var added = await AddPublicPaperAsync("OP-Σ-1");
        Assert.Equal(expected + 1, await TotalAsync(client, $"{list}?limit=1"));
        Assert.Equal(expected + 1, await TotalAsync(client, PathOf(firstPage["links"]!.Value<string>("next")!)));
        await app.WithDbAsync(async db =>
        {
            var paper = await db.Papers.SingleAsync(p => p.Id == added);
            paper.DeletedAt = db.UtcNow;
            await db.SaveChangesAsync();
        });
        Assert.Equal(expected, await TotalAsync(client, PathOf(firstPage["links"]!.Value<string>("next")!)));
    }

    private Task<int> AddPublicPaperAsync(string reference) => app.WithDbAsync(async db =>
    {
        var paper = new Paper { BoardId = app.Data.BoardId, Reference = reference, Title = "Beispielvorlage „Σ“ 🗳", PaperType = "Bericht", IsPublic = true, PublicSince = db.UtcNow };
        db.Papers.Add(paper);
        await db.SaveChangesAsync();
        return paper.Id;
    });

    private static async Task<int> TotalAsync(HttpClient client, string url) =>
        JObject.Parse(await client.GetStringAsync(url))["pagination"]!.Value<int>("totalElements");

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    [Fact]
    public async Task The_organization_list_pages_across_boards_and_represented_organisations()
    {
        var client = app.Browser();
        var ids = new List<string>();
        var next = "/oparl/v1.1/body/1/organization?limit=3";
        while (next is not null)
        {
            var json = JObject.Parse(await client.GetStringAsync(next));
            ids.AddRange(json["data"]!.Select(o => o.Value<string>("id")!));
            next = json["links"]!.Value<string>("next");
            Assert.True(ids.Count < 1000);
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(ids, id => id.EndsWith("/organization/1", StringComparison.Ordinal));

        // Every organisation named by a membership (onBehalfOf) is in the list.
        var memberships = JObject.Parse(await client.GetStringAsync("/oparl/v1.1/body/1/membership"));
        Assert.All(memberships["data"]!, m => Assert.Contains(m.Value<string>("onBehalfOf")!, ids));
        Assert.Equal(10, memberships["data"]!.Count());
    }
}
