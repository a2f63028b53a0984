using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// Loads the objects of an OParl answer by their ids, with just what <see cref="OParlWriter"/> writes of them, in a
/// few queries per page (never one per object). What an object refers to beyond its own row (a body's main board,
/// a person's memberships, a paper's consultations) is kept here for the writer.
/// </summary>
public sealed class OParlLoader(AppDbContext db)
{
    public async Task<Dictionary<int, Region>> LoadBodiesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().Include(r => r.Programme).Include(r => r.LeadOrganisation)
            .Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var boards = await db.Boards.AsNoTracking().Where(b => ids.Contains(b.RegionId) && b.Kind == BoardKind.Board && b.DeletedAt == null)
            .OrderBy(b => b.Id).Select(b => new { b.RegionId, b.Id }).ToListAsync(cancellationToken);
        MainBoards.Clear();
        foreach (var board in boards)
        {
            MainBoards.TryAdd(board.RegionId, board.Id);
        }

        return regions.ToDictionary(r => r.Id);
    }

    /// <summary>The main board of each loaded body (Body.mainOrganization).</summary>
    public Dictionary<int, int> MainBoards { get; } = [];

    public async Task<Dictionary<int, Board>> LoadBoardsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var boards = await db.Boards.AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken);
        var memberships = await db.BoardMemberships.AsNoTracking().Where(m => ids.Contains(m.BoardId) && m.DeletedAt == null)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.BoardId }).ToListAsync(cancellationToken);
        foreach (var board in boards)
        {
            board.Memberships = [.. memberships.Where(m => m.BoardId == board.Id).Select(m => new BoardMembership { Id = m.Id, BoardId = board.Id })];
        }

        return boards.ToDictionary(b => b.Id);
    }

    public async Task<Dictionary<int, BoardPerson>> LoadPeopleAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var people = await db.BoardPeople.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        if (!omitInternal)
        {
            var memberships = await MembershipQuery().Where(m => m.PersonId != null && ids.Contains(m.PersonId.Value) && m.DeletedAt == null && m.Board!.DeletedAt == null)
                .OrderBy(m => m.Id).ToListAsync(cancellationToken);
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

    private IQueryable<BoardMembership> MembershipQuery() => db.BoardMemberships.AsNoTracking().Include(m => m.Board);

    public async Task<Dictionary<int, BoardMembership>> LoadMembershipsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await MembershipQuery().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);

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
            var conflicts = (await db.ResolutionAttendance.AsNoTracking().Where(a => a.DeclaredConflict && resolutionIds.Contains(a.ResolutionId))
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
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        if (!omitInternal)
        {
            var items = await LoadItemRowsAsync(db.AgendaItems
                .Where(i => ids.Contains(i.MeetingId) && i.DeletedAt == null && i.IsPublic)
                .OrderBy(i => i.Order).ThenBy(i => i.Id), cancellationToken);
            foreach (var meeting in meetings)
            {
                meeting.Items = [.. items.Where(i => i.MeetingId == meeting.Id)];
            }
        }

        return meetings.ToDictionary(m => m.Id);
    }

    public async Task<Dictionary<int, AgendaItem>> LoadItemsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        (await LoadItemRowsAsync(db.AgendaItems.Where(i => ids.Contains(i.Id)), cancellationToken)).ToDictionary(i => i.Id);

    public async Task<Dictionary<int, Paper>> LoadPapersAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var papers = await db.Papers.AsNoTracking().Include(p => p.Board).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var files = await db.PaperFiles.AsNoTracking().Where(f => ids.Contains(f.PaperId) && f.DeletedAt == null && f.IsPublic)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var consultations = await LoadItemRowsAsync(db.AgendaItems
            .Where(i => i.PaperId != null && ids.Contains(i.PaperId.Value) && i.DeletedAt == null && i.IsPublic && i.Meeting!.DeletedAt == null)
            .OrderBy(i => i.Id), cancellationToken);
        foreach (var paper in papers)
        {
            paper.Files = omitInternal ? [.. files.Where(f => f.PaperId == paper.Id && f.IsMain)] : [.. files.Where(f => f.PaperId == paper.Id)];
            PaperConsultations[paper.Id] = [.. consultations.Where(i => i.PaperId == paper.Id)];
        }

        return papers.ToDictionary(p => p.Id);
    }

    /// <summary>The public consultations of each loaded paper.</summary>
    public Dictionary<int, List<AgendaItem>> PaperConsultations { get; } = [];

    public async Task<Dictionary<int, PaperFile>> LoadFilesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.PaperFiles.AsNoTracking().Include(f => f.Paper).Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
}
