using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// What the board office adds to the dashboard: the next meeting of each board it keeps, with the agenda items that
/// have no paper yet and whether the invitation has gone out. A fixed number of queries for any number of boards.
/// </summary>
public sealed class BoardDashboard(AppDbContext db) : IDashboardContribution
{
    public const string Section = "Digitalboard";

    /// <summary>The next meetings of at most this many boards.</summary>
    public const int BoardsShown = 5;

    public async Task<IReadOnlyList<DashboardItem>> GetItemsAsync(DashboardContext context, CancellationToken cancellationToken)
    {
        var scopes = context.Scopes;
        if (!BoardOperations.MayManageAny(scopes))
        {
            return [];
        }

        var boards = db.Boards.AsNoTracking().Where(b => b.DeletedAt == null && !b.IsSynthetic);
        if (scopes.OfficeRegionsOrAll is { } offices)
        {
            var regions = offices.ToList();
            boards = boards.Where(b => regions.Contains(b.RegionId));
        }

        var now = context.UtcNow;
        var upcoming = db.Meetings.AsNoTracking()
            .Where(m => m.DeletedAt == null && m.State != MeetingState.Cancelled && m.StartsAt >= now)
            .Join(boards, m => m.BoardId, b => b.Id, (m, _) => m);
        var firstPerBoard = await upcoming.GroupBy(m => m.BoardId)
            .Select(g => new { BoardId = g.Key, StartsAt = g.Min(m => m.StartsAt) })
            .OrderBy(g => g.StartsAt).Take(BoardsShown)
            .ToListAsync(cancellationToken);
        if (firstPerBoard.Count == 0)
        {
            return [DashboardItem.Figure(Section, 300, "Keine Sitzung geplant", "/verwaltung/digitalboard")];
        }

        var boardIds = firstPerBoard.Select(f => f.BoardId).ToList();
        var candidates = await upcoming.Where(m => boardIds.Contains(m.BoardId))
            .Select(m => new { m.Id, m.BoardId, m.Name, m.StartsAt, Board = m.Board!.Name })
            .ToListAsync(cancellationToken);
        var meetings = firstPerBoard
            .Select(f => candidates.Where(c => c.BoardId == f.BoardId && c.StartsAt == f.StartsAt).OrderBy(c => c.Id).First())
            .ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var withoutPaper = await db.AgendaItems.AsNoTracking()
            .Where(i => ids.Contains(i.MeetingId) && i.DeletedAt == null && (i.PaperId == null || i.Paper!.DeletedAt != null))
            .GroupBy(i => i.MeetingId).Select(g => new { MeetingId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.MeetingId, g => g.Count, cancellationToken);
        var invited = await db.MeetingInvitations.AsNoTracking()
            .Where(i => ids.Contains(i.MeetingId))
            .Select(i => i.MeetingId).Distinct()
            .ToListAsync(cancellationToken);

        var items = new List<DashboardItem>();
        var order = 300;
        foreach (var meeting in meetings)
        {
            var href = $"/verwaltung/digitalboard/sitzungen/{meeting.Id}";
            items.Add(DashboardItem.Figure(Section, order, "Nächste Sitzung: {0} ({1}) am {2}", href, meeting.Name, meeting.Board, Formatting.Timestamp(meeting.StartsAt)));
            items.Add(DashboardItem.Counted(Section, order + 1, withoutPaper.GetValueOrDefault(meeting.Id),
                "{0} Tagesordnungspunkt ohne Vorlage", "{0} Tagesordnungspunkte ohne Vorlage", href + "#tagesordnung"));
            if (!invited.Contains(meeting.Id))
            {
                items.Add(DashboardItem.Figure(Section, order + 2, "Einladung noch nicht versandt", href + "#einladung") with { Severity = DashboardSeverity.Action });
            }

            order += 10;
        }

        return items;
    }
}
