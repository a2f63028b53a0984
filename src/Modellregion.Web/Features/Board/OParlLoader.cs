using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// Loads the objects of an OParl answer by their ids, with just what <see cref="OParlWriter"/> writes of them, in a
/// few queries per page (never one per object). What an object refers to beyond its own row (a body's main board,
/// a person's memberships, a paper's consultations) is kept here for the writer. The ids of a page go to the
/// database as one parameter (<c>EF.Parameter</c>: <c>json_each</c> on SQLite, an array on PostgreSQL), not as a
/// hundred, which EF would otherwise bind and type one by one for every query of every page.
/// </summary>
public sealed class OParlLoader(AppDbContext db)
{
    public async Task<Dictionary<int, Region>> LoadBodiesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        // Just what a Body and its LegislativeTerm show (no sources, no lead organisation), with the main board, in one query.
        var rows = await db.Regions.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.Id)).Select(r => new
        {
            Region = new Region
            {
                Id = r.Id,
                Slug = r.Slug,
                Name = r.Name,
                ShortName = r.ShortName,
                Website = r.Website,
                Office = new ProjectOfficeContact { Website = r.Office.Website },
                ProgrammeId = r.ProgrammeId,
                Programme = new Funding.Programme
                {
                    Id = r.Programme!.Id,
                    Slug = "",
                    Name = r.Programme.Name,
                    StartsOn = r.Programme.StartsOn,
                    EndsOn = r.Programme.EndsOn,
                    CreatedAt = r.Programme.CreatedAt,
                    UpdatedAt = r.Programme.UpdatedAt,
                },
                CreatedAt = r.CreatedAt,
                UpdatedAt = r.UpdatedAt,
            },
            MainBoard = db.Set<Board>().Where(b => b.RegionId == r.Id && b.Kind == BoardKind.Board && b.DeletedAt == null)
                .OrderBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        MainBoards.Clear();
        foreach (var row in rows)
        {
            if (row.MainBoard is { } board)
            {
                MainBoards[row.Region.Id] = board;
            }
        }

        return rows.ToDictionary(r => r.Region.Id, r => r.Region);
    }

    /// <summary>The main board of each loaded body (Body.mainOrganization).</summary>
    public Dictionary<int, int> MainBoards { get; } = [];

    public async Task<Dictionary<int, Board>> LoadBoardsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var boards = await db.Boards.AsNoTracking().Where(b => EF.Parameter(ids).Contains(b.Id)).ToListAsync(cancellationToken);
        var memberships = await db.BoardMemberships.AsNoTracking().Where(m => EF.Parameter(ids).Contains(m.BoardId) && m.DeletedAt == null)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.BoardId }).ToListAsync(cancellationToken);
        var byBoard = memberships.ToLookup(m => m.BoardId);
        foreach (var board in boards)
        {
            board.Memberships = [.. byBoard[board.Id].Select(m => new BoardMembership { Id = m.Id, BoardId = board.Id })];
        }

        return boards.ToDictionary(b => b.Id);
    }

    public async Task<Dictionary<int, BoardPerson>> LoadPeopleAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var people = await db.BoardPeople.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(cancellationToken);
        if (!omitInternal)
        {
            var memberships = await WithBoardRegionAsync(MembershipQuery().Where(m => m.PersonId != null && EF.Parameter(ids).Contains(m.PersonId.Value) && m.DeletedAt == null && m.Board!.DeletedAt == null)
                .OrderBy(m => m.Id), cancellationToken);
            PersonMemberships.Clear();
            foreach (var membership in memberships)
            {
                if (!PersonMemberships.TryGetValue(membership.PersonId!.Value, out var list))
                {
                    PersonMemberships[membership.PersonId.Value] = list = [];
                }

                list.Add(membership);
            }
        }

        return people.ToDictionary(p => p.Id);
    }

    /// <summary>The memberships of each loaded person.</summary>
    public Dictionary<int, List<BoardMembership>> PersonMemberships { get; } = [];

    /// <summary>Memberships with their board's region (all the writer needs of the board), without the board's sources.</summary>
    private IQueryable<BoardMembership> MembershipQuery() => db.BoardMemberships.AsNoTracking();

    private static async Task<List<BoardMembership>> WithBoardRegionAsync(IQueryable<BoardMembership> memberships, CancellationToken cancellationToken)
    {
        var rows = await memberships.Select(m => new { Membership = m, m.Board!.RegionId }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Membership.Board = new Board { Id = row.Membership.BoardId, RegionId = row.RegionId, Slug = "", Name = "" };
        }

        return [.. rows.Select(r => r.Membership)];
    }

    public async Task<Dictionary<int, BoardMembership>> LoadMembershipsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        (await WithBoardRegionAsync(MembershipQuery().Where(m => EF.Parameter(ids).Contains(m.Id)), cancellationToken)).ToDictionary(m => m.Id);

    /// <summary>
    /// Agenda items with just what OParl writes of them (no full entities): the meeting's board, whether the paper
    /// is public, the resolution; the declared conflicts of interest come in a second query.
    /// </summary>
    private async Task<List<AgendaItem>> LoadItemRowsAsync(IQueryable<AgendaItem> items, CancellationToken cancellationToken)
    {
        var rows = await items.AsNoTracking().Select(i => new AgendaItem
        {
            Id = i.Id,
            MeetingId = i.MeetingId,
            Number = i.Number,
            Order = i.Order,
            Title = i.Title,
            PaperId = i.PaperId,
            IsPublic = i.IsPublic,
            CreatedAt = i.CreatedAt,
            UpdatedAt = i.UpdatedAt,
            Meeting = new Meeting { Id = i.MeetingId, BoardId = i.Meeting!.BoardId, Name = "" },
            Paper = i.Paper == null ? null : new Paper { Id = i.Paper.Id, Reference = "", Title = "", PaperType = i.Paper.PaperType, IsPublic = i.Paper.IsPublic, DeletedAt = i.Paper.DeletedAt },
            Resolution = i.Resolution == null ? null : new Resolution
            {
                Id = i.Resolution.Id,
                Result = i.Resolution.Result,
                Text = i.Resolution.Text,
                Yes = i.Resolution.Yes,
                No = i.Resolution.No,
                Abstentions = i.Resolution.Abstentions,
                VotingMembers = i.Resolution.VotingMembers,
                VotingMembersPresent = i.Resolution.VotingMembersPresent,
                IsQuorate = i.Resolution.IsQuorate,
            },
        }).ToListAsync(cancellationToken);
        var resolutionIds = rows.Where(r => r.Resolution is not null).Select(r => r.Resolution!.Id).ToList();
        if (resolutionIds.Count > 0)
        {
            var conflicts = (await db.ResolutionAttendance.AsNoTracking().Where(a => a.DeclaredConflict && EF.Parameter(resolutionIds).Contains(a.ResolutionId))
                .Select(a => new { a.ResolutionId, a.MembershipId }).ToListAsync(cancellationToken)).ToLookup(a => a.ResolutionId);
            foreach (var resolution in rows.Select(r => r.Resolution).OfType<Resolution>())
            {
                resolution.Attendance = [.. conflicts[resolution.Id].Select(c => new ResolutionAttendance { MembershipId = c.MembershipId, DeclaredConflict = true })];
            }
        }

        return rows;
    }

    public async Task<Dictionary<int, Meeting>> LoadMeetingsAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => EF.Parameter(ids).Contains(m.Id)).ToListAsync(cancellationToken);
        if (!omitInternal)
        {
            var items = await LoadItemRowsAsync(db.AgendaItems
                .Where(i => EF.Parameter(ids).Contains(i.MeetingId) && i.DeletedAt == null && i.IsPublic)
                .OrderBy(i => i.Order).ThenBy(i => i.Id), cancellationToken);
            var byMeeting = items.ToLookup(i => i.MeetingId);
            foreach (var meeting in meetings)
            {
                meeting.Items = [.. byMeeting[meeting.Id]];
            }
        }

        return meetings.ToDictionary(m => m.Id);
    }

    public async Task<Dictionary<int, AgendaItem>> LoadItemsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        (await LoadItemRowsAsync(db.AgendaItems.Where(i => EF.Parameter(ids).Contains(i.Id)), cancellationToken)).ToDictionary(i => i.Id);

    public async Task<Dictionary<int, Paper>> LoadPapersAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var papers = await db.Papers.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var paper in papers)
        {
            paper.Board = new Board { Id = paper.BoardId, RegionId = paper.RegionId, Slug = "", Name = "" };
        }

        var files = await db.PaperFiles.AsNoTracking().Where(f => EF.Parameter(ids).Contains(f.PaperId) && f.DeletedAt == null && f.IsPublic)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var consultations = await LoadItemRowsAsync(db.AgendaItems
            .Where(i => i.PaperId != null && EF.Parameter(ids).Contains(i.PaperId.Value) && i.DeletedAt == null && i.IsPublic && i.Meeting!.DeletedAt == null)
            .OrderBy(i => i.Id), cancellationToken);
        var filesByPaper = files.ToLookup(f => f.PaperId);
        var consultationsByPaper = consultations.ToLookup(i => i.PaperId!.Value);
        foreach (var paper in papers)
        {
            paper.Files = omitInternal ? [.. filesByPaper[paper.Id].Where(f => f.IsMain)] : [.. filesByPaper[paper.Id]];
            PaperConsultations[paper.Id] = [.. consultationsByPaper[paper.Id]];
        }

        return papers.ToDictionary(p => p.Id);
    }

    /// <summary>The public consultations of each loaded paper.</summary>
    public Dictionary<int, List<AgendaItem>> PaperConsultations { get; } = [];

    public async Task<Dictionary<int, PaperFile>> LoadFilesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.PaperFiles.AsNoTracking().Include(f => f.Paper).Where(f => EF.Parameter(ids).Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
}
