using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// Copies the body (region) of a new meeting, agenda item, paper or file from its board before it is first saved
/// (<see cref="Meeting.RegionId"/>, ADR 0034), whichever use case, import or seeding adds it. What the context
/// already tracks is taken from there; the rest comes in one small query per kind and save.
/// </summary>
public sealed class BoardRegionCopy : SaveChangesInterceptor
{
    // AppDbContext sends the synchronous SaveChanges through SaveChangesAsync as well, so this is the only entry.
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            // AppDbContext has just detected the changes (entities added through a navigation included); the
            // look-ups below must not detect them again for every kind.
            var tracker = context.ChangeTracker;
            var detect = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
            try
            {
                await CopyAsync(context, cancellationToken);
            }
            finally
            {
                tracker.AutoDetectChangesEnabled = detect;
            }
        }

        return result;
    }

    private static async Task CopyAsync(DbContext context, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        var meetings = Added<Meeting>(tracker);
        var papers = Added<Paper>(tracker);
        if (meetings.Count + papers.Count > 0)
        {
            var boardIds = meetings.Where(m => m.Board is null).Select(m => m.BoardId)
                .Concat(papers.Where(p => p.Board is null).Select(p => p.BoardId)).Distinct().ToList();
            var boards = await RegionsAsync(context.Set<Board>().Where(b => boardIds.Contains(b.Id)).Select(b => new IdAndRegion(b.Id, b.RegionId)), boardIds.Count, cancellationToken);
            foreach (var meeting in meetings)
            {
                meeting.RegionId = meeting.Board?.RegionId ?? boards.GetValueOrDefault(meeting.BoardId);
            }

            foreach (var paper in papers)
            {
                paper.RegionId = paper.Board?.RegionId ?? boards.GetValueOrDefault(paper.BoardId);
            }
        }

        var items = Added<AgendaItem>(tracker);
        if (items.Count > 0)
        {
            var meetingIds = items.Where(i => i.Meeting is null).Select(i => i.MeetingId).Distinct().ToList();
            var byMeeting = await RegionsAsync(context.Set<Meeting>().Where(m => meetingIds.Contains(m.Id)).Select(m => new IdAndRegion(m.Id, m.RegionId)), meetingIds.Count, cancellationToken);
            foreach (var item in items)
            {
                item.RegionId = item.Meeting is { } meeting ? meeting.RegionId : byMeeting.GetValueOrDefault(item.MeetingId);
            }
        }

        var files = Added<PaperFile>(tracker);
        if (files.Count > 0)
        {
            var paperIds = files.Where(f => f.Paper is null).Select(f => f.PaperId).Distinct().ToList();
            var byPaper = await RegionsAsync(context.Set<Paper>().Where(p => paperIds.Contains(p.Id)).Select(p => new IdAndRegion(p.Id, p.RegionId)), paperIds.Count, cancellationToken);
            foreach (var file in files)
            {
                file.RegionId = file.Paper is { } paper ? paper.RegionId : byPaper.GetValueOrDefault(file.PaperId);
            }
        }
    }

    /// <summary>The new entities of a kind whose region is not known yet.</summary>
    private static List<T> Added<T>(ChangeTracker tracker)
        where T : class, IHasBody
    {
        var found = new List<T>();
        foreach (var entry in tracker.Entries<T>())
        {
            if (entry.State == EntityState.Added && entry.Entity.RegionId == 0)
            {
                found.Add(entry.Entity);
            }
        }

        return found;
    }

    private static async Task<Dictionary<int, int>> RegionsAsync(IQueryable<IdAndRegion> query, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return [];
        }

        var rows = await query.ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.RegionId);
    }

    private sealed record IdAndRegion(int Id, int RegionId);
}

/// <summary>An object of the Digitalboard that carries its body (<see cref="Meeting.RegionId"/>).</summary>
public interface IHasBody
{
    int RegionId { get; }
}
