using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// A body's OParl lists read the body's own rows (ADR 0034): meetings, agenda items, papers and files carry their
/// board's region, copied when they are first saved, and a list page walks the index on (region, id). Before, the
/// page walked every object of every body in id order and filtered by the board's region: a body with few papers
/// read all 30,000 papers of the benchmark for each page (6 ms on SQLite, 10–18 ms on PostgreSQL).
/// </summary>
public sealed class OParlBodyIndexTests(OParlBodyIndexTests.TwoBodiesApp app) : IClassFixture<OParlBodyIndexTests.TwoBodiesApp>
{
    /// <summary>
    /// The board test data beside a larger body, as at national scale: another region's board with 2,000 papers,
    /// files and agenda items, and statistics that saw them. With a single body in the database, walking the table
    /// in id order is the right plan for SQLite, and the test would not show which one the lists get.
    /// </summary>
    public sealed class TwoBodiesApp : BoardApp
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await WithDbAsync(async db =>
            {
                db.SuppressAudit = true;
                var region = await db.Regions.Where(r => r.Id != Data.RegionId && !r.IsExample).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
                var content = await db.PaperFiles.Where(f => f.Id == Data.PublicFileId).Select(f => f.StoredFileId).SingleAsync();
                var board = new Modellregion.Web.Features.Board.Board { RegionId = region, Slug = "beispielgremium-indextest", Name = "Beispielgremium (Indextest)" };
                var meeting = new Meeting { Board = board, Name = "Beispielsitzung (Indextest)", StartsAt = DateTime.UtcNow, Room = "Raum 1" };
                var now = DateTime.UtcNow;
                for (var i = 0; i < 2000; i++)
                {
                    var paper = new Paper { Board = board, Reference = $"IX-{i:D4}", Title = $"Beispielvorlage {i}", PaperType = "Bericht", IsPublic = true, PublicSince = now };
                    paper.Files.Add(new PaperFile { Name = "Vorlage", FileName = "vorlage.pdf", MimeType = "application/pdf", StoredFileId = content, Sha512 = "", PublicSince = now });
                    meeting.Items.Add(new AgendaItem { Number = $"{i + 1}", Order = i + 1, Title = $"Beispielpunkt {i}", Paper = paper, PublicSince = now });
                }

                db.Add(meeting);
                await db.SaveChangesAsync();
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            });
        }
    }

    [Theory]
    [InlineData("meeting", "Meetings", "IX_Meetings_RegionId_Id")]
    [InlineData("agendaItem", "AgendaItems", "IX_AgendaItems_RegionId_Id")]
    [InlineData("consultation", "AgendaItems", "IX_AgendaItems_RegionId_Id")]
    [InlineData("paper", "Papers", "IX_Papers_RegionId_Id")]
    [InlineData("file", "PaperFiles", "IX_PaperFiles_RegionId_Id")]
    [InlineData("locationList", "Meetings", "IX_Meetings_RegionId_Id")]
    public async Task A_list_page_of_a_body_reads_through_the_index_of_its_region(string list, string table, string index)
    {
        var (response, commands) = await app.SqlCommands.GetWithParametersAsync(app.Browser(), $"/oparl/v1.1/body/{app.Data.RegionId}/{list}?limit=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Assert.Single(commands, c => c.Text.Contains($"FROM \"{table}\"", StringComparison.Ordinal) && c.Text.Contains("ORDER BY", StringComparison.Ordinal)
            && c.Text.Contains("\"RegionId\" = @", StringComparison.Ordinal) && c.Text.Contains("LIMIT", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Boards\" AS \"b\" ON", page.Text.Split("WHERE")[0], StringComparison.Ordinal);

        // The test data is small enough for a full scan to be cheapest on PostgreSQL; without that choice the plan
        // shows whether the page can use the index at all.
        var plan = await app.WithDbAsync(db => QueryPlan.OfAsync(db, page.Text, page.Parameters, withoutSequentialScans: true));
        Assert.True(plan.Contains(index, StringComparison.Ordinal), $"{page.Text}\n{plan}");
    }

    [Fact]
    public async Task Objects_take_their_board_s_region_however_they_are_added()
    {
        var regions = await app.WithDbAsync(async db =>
        {
            db.SuppressAudit = true;
            var board = await db.Set<Modellregion.Web.Features.Board.Board>().SingleAsync(b => b.Id == app.Data.BoardId);
            var existingMeeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.BoardId == board.Id);
            var content = await db.PaperFiles.Where(f => f.Id == app.Data.PublicFileId).Select(f => f.StoredFileId).SingleAsync();
            var stamp = Guid.NewGuid().ToString("N")[..8];

            // By foreign key only, by navigation, and a file added through its new paper's collection.
            var byKey = new Meeting { BoardId = board.Id, Name = $"Beispielsitzung {stamp}", StartsAt = DateTime.UtcNow };
            var paper = new Paper { Board = board, Reference = $"R-{stamp}", Title = "Beispielvorlage", PaperType = "Bericht", IsPublic = true };
            paper.Files.Add(new PaperFile { Name = "Anlage", FileName = "anlage.pdf", MimeType = "application/pdf", StoredFileId = content, Sha512 = "" });
            var item = new AgendaItem { MeetingId = existingMeeting.Id, Number = $"9{stamp[..3]}", Title = "Beispielpunkt" };
            var itemOfNewMeeting = new AgendaItem { Meeting = byKey, Number = "1", Title = "Beispielpunkt der neuen Sitzung" };
            db.AddRange(byKey, paper, item, itemOfNewMeeting);
            await db.SaveChangesAsync();

            // A file added later to a paper that is not tracked, saved synchronously.
            db.ChangeTracker.Clear();
            var laterFile = new PaperFile { PaperId = paper.Id, Name = "Spätere Anlage", FileName = "spaeter.pdf", MimeType = "application/pdf", StoredFileId = content, Sha512 = "" };
            db.Add(laterFile);
            db.SaveChanges();

            return await ReadRegionsAsync(db, [byKey.Id, paper.Id, paper.Files[0].Id, item.Id, itemOfNewMeeting.Id, laterFile.Id]);
        });

        Assert.All(regions, region => Assert.Equal(app.Data.RegionId, region));
        Assert.Equal(6, regions.Count);
    }

    private static async Task<List<int>> ReadRegionsAsync(AppDbContext db, int[] ids) =>
    [
        await db.Meetings.Where(m => m.Id == ids[0]).Select(m => m.RegionId).SingleAsync(),
        await db.Papers.Where(p => p.Id == ids[1]).Select(p => p.RegionId).SingleAsync(),
        await db.PaperFiles.Where(f => f.Id == ids[2]).Select(f => f.RegionId).SingleAsync(),
        await db.AgendaItems.Where(i => i.Id == ids[3]).Select(i => i.RegionId).SingleAsync(),
        await db.AgendaItems.Where(i => i.Id == ids[4]).Select(i => i.RegionId).SingleAsync(),
        await db.PaperFiles.Where(f => f.Id == ids[5]).Select(f => f.RegionId).SingleAsync(),
    ];
}
