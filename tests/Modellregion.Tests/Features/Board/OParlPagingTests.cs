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
