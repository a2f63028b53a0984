using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed record BoardLink(string Slug, string Name, string RegionName, bool IsSynthetic)
{
    /// <summary>A board of the fictional training region, marked where it is listed.</summary>
    public bool IsExample { get; init; }
}

public sealed record MemberView(
    int Id, string? PersonName, string? OrganisationName, string? OrganisationSlug, BoardRole Role, bool HasVotingRight,
    DateOnly? StartsOn, DateOnly? EndsOn, string? DeputyOf);

public sealed record MeetingCard(int Id, string Name, DateTime StartsAt, MeetingState State, string? Location, string BoardName, bool IsExample)
{
    /// <summary>A meeting of the fictional training region's board (example data).</summary>
    public bool InTrainingRegion { get; init; }
}

public sealed record PaperCard(int Id, string Reference, string Title, string PaperType, DateOnly Date, bool IsPublic);

public sealed record BoardPage(
    int Id, string Slug, string Name, BoardKind Kind, string? Description, string RegionName, string RegionSlug, int QuorumPercent,
    string? ParentName, string? ParentSlug,
    IReadOnlyList<MemberView> Members, IReadOnlyList<BoardLink> WorkingGroups, IReadOnlyList<MeetingCard> Upcoming,
    IReadOnlyList<MeetingCard> Past, IReadOnlyList<PaperCard> Papers, IReadOnlyList<BoardLink> OtherBoards, IReadOnlyList<SourceReference> Sources)
{
    /// <summary>The board of the fictional training region: its page says so.</summary>
    public bool IsExample { get; init; }
}

public sealed record FileView(int Id, string Name, string FileName, long Size, bool IsMain, bool IsPublic);

public sealed record ResolutionView(
    ResolutionResult Result, string? Text, int Yes, int No, int Abstentions, int VotingMembersPresent, int VotingMembers, bool IsQuorate,
    IReadOnlyList<string> Conflicts, string? ProjectSlug, string? ProjectTitle);

public sealed record ItemView(
    int Id, string Number, string Title, string? Description, bool IsPublic, PaperCard? Paper, IReadOnlyList<FileView> Files,
    ResolutionView? Resolution, string? Minutes);

public sealed record InvitationView(DateTime SentAt, string? SentBy, IReadOnlyList<string> Recipients);

public sealed record MeetingPage(
    int Id, string Name, DateTime StartsAt, DateTime? EndsAt, MeetingState State, string? Location, int Version,
    string BoardName, string BoardSlug, int BoardId, int RegionId, bool IsExample, bool MinutesApproved, string? MinutesApprovedIn,
    int? MinutesApprovedInId, IReadOnlyList<ItemView> Items, IReadOnlyList<InvitationView> Invitations)
{
    /// <summary>A meeting of the fictional training region's board: its page says so.</summary>
    public bool InTrainingRegion { get; init; }
}

public sealed record ConsultationView(int MeetingId, string MeetingName, DateTime StartsAt, int ItemId, string ItemNumber, ResolutionResult? Result);

public sealed record PaperPage(
    int Id, string Reference, string Title, string PaperType, DateOnly Date, string? Summary, bool IsPublic, string? Originator,
    string? ProjectSlug, string? ProjectTitle, string? SolutionSlug, string? SolutionTitle, string BoardName, string BoardSlug, int BoardId, int RegionId,
    IReadOnlyList<FileView> Files, IReadOnlyList<ConsultationView> Consultations, int Version)
{
    /// <summary>A paper of the fictional training region's board: its page says so.</summary>
    public bool InTrainingRegion { get; init; }
}

/// <summary>
/// Read models of the Digitalboard pages. Without <c>includeInternal</c> only public items, papers and files are
/// read, so nothing non-public can reach a public page by mistake; the members' area and the back office ask for
/// the internal view after checking who is asking.
/// </summary>
public sealed class BoardQueries(AppDbContext db, TimeProvider time, IEnumerable<ISolutionReferences> solutionCatalogue)
{
    public async Task<BoardPage?> BoardAsync(string? slug, CancellationToken cancellationToken = default)
    {
        var boards = db.Boards.AsNoTracking().Include(b => b.Region).Include(b => b.ParentBoard).Where(b => b.DeletedAt == null);
        var board = slug is null
            ? await boards.Where(b => b.Kind == BoardKind.Board && !b.IsSynthetic && !b.Region!.IsExample).OrderBy(b => b.Id).FirstOrDefaultAsync(cancellationToken)
            : await boards.FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        if (board is null)
        {
            return null;
        }

        var today = Formatting.BerlinDate(time.GetUtcNow().UtcDateTime);
        var members = await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
            .Include(m => m.DeputyOf!).ThenInclude(d => d.Person).Include(m => m.DeputyOf!).ThenInclude(d => d.Organisation)
            .Where(m => m.BoardId == board.Id && m.DeletedAt == null && (m.EndsOn == null || m.EndsOn >= today))
            .OrderBy(m => m.Role).ThenBy(m => m.Organisation!.Name).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var groups = await db.Boards.AsNoTracking().Where(b => b.ParentBoardId == board.Id && b.DeletedAt == null).OrderBy(b => b.Name)
            .Select(b => new BoardLink(b.Slug, b.Name, b.Region!.Name, b.IsSynthetic) { IsExample = b.Region.IsExample }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var meetings = db.Meetings.AsNoTracking().Where(m => m.BoardId == board.Id && m.DeletedAt == null);
        var upcoming = await Cards(meetings.Where(m => m.StartsAt >= now).OrderBy(m => m.StartsAt).Take(20)).ToListAsync(cancellationToken);
        var past = await Cards(meetings.Where(m => m.StartsAt < now).OrderByDescending(m => m.StartsAt).Take(20)).ToListAsync(cancellationToken);
        var papers = await db.Papers.AsNoTracking().Where(p => p.BoardId == board.Id && p.DeletedAt == null && p.IsPublic)
            .OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Take(20)
            .Select(p => new PaperCard(p.Id, p.Reference, p.Title, p.PaperType, p.Date, true)).ToListAsync(cancellationToken);
        var others = await db.Boards.AsNoTracking().Where(b => b.DeletedAt == null && b.Id != board.Id && b.Kind == BoardKind.Board)
            .OrderBy(b => b.IsSynthetic).ThenBy(b => b.Region!.IsExample).ThenBy(b => b.Id).Take(60)
            .Select(b => new BoardLink(b.Slug, b.Name, b.Region!.Name, b.IsSynthetic) { IsExample = b.Region.IsExample }).ToListAsync(cancellationToken);
        return new BoardPage(board.Id, board.Slug, board.Name, board.Kind, board.Description, board.Region!.Name, board.Region.Slug, board.QuorumPercent,
            board.ParentBoard?.Name, board.ParentBoard?.Slug,
            [.. members.Select(m => new MemberView(m.Id, m.Person?.Name, m.Organisation?.Name, m.Organisation?.Slug, m.Role, m.HasVotingRight,
                m.StartsOn, m.EndsOn, m.DeputyOf?.DisplayName))],
            groups, upcoming, past, papers, others, board.Sources)
        { IsExample = board.Region.IsExample };
    }

    private static IQueryable<MeetingCard> Cards(IQueryable<Meeting> meetings) => meetings.Select(m => new MeetingCard(
        m.Id, m.Name, m.StartsAt, m.State,
        m.Room != null || m.StreetAddress != null || m.Locality != null ? (m.Room ?? "") + " " + (m.StreetAddress ?? "") + " " + (m.Locality ?? "") : null,
        m.Board!.Name, m.Name.StartsWith(Meeting.ExamplePrefix) || m.Board.Region!.IsExample)
    { InTrainingRegion = m.Board.Region!.IsExample });

    public async Task<MeetingPage?> MeetingAsync(int id, bool includeInternal, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Board!).ThenInclude(b => b.Region).Include(m => m.MinutesApprovedInMeeting)
            .FirstOrDefaultAsync(m => m.Id == id && m.DeletedAt == null && m.Board!.DeletedAt == null, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var items = await db.AgendaItems.AsNoTracking().AsSplitQuery()
            .Include(i => i.Paper)
            .Include(i => i.Resolution!).ThenInclude(r => r.Project)
            .Include(i => i.Resolution!).ThenInclude(r => r.Attendance).ThenInclude(a => a.Membership!).ThenInclude(m => m.Person)
            .Include(i => i.Resolution!).ThenInclude(r => r.Attendance).ThenInclude(a => a.Membership!).ThenInclude(m => m.Organisation)
            .Where(i => i.MeetingId == id && i.DeletedAt == null && (includeInternal || i.IsPublic))
            .OrderBy(i => i.Order).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var paperIds = items.Where(i => i.PaperId != null).Select(i => i.PaperId!.Value).ToList();
        var files = await db.PaperFiles.AsNoTracking()
            .Where(f => paperIds.Contains(f.PaperId) && f.DeletedAt == null && (includeInternal || f.IsPublic))
            .OrderByDescending(f => f.IsMain).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var approved = meeting.MinutesApprovedInMeetingId is not null;
        var views = items.Select(i =>
        {
            var paper = i.Paper is { DeletedAt: null } p && (includeInternal || p.IsPublic) ? p : null;
            var resolution = i.Resolution is { } r
                ? new ResolutionView(r.Result, r.Text, r.Yes, r.No, r.Abstentions, r.VotingMembersPresent, r.VotingMembers, r.IsQuorate,
                    [.. r.Attendance.Where(a => a.DeclaredConflict).Select(a => a.Membership!.DisplayName)],
                    r.Project is { IsPublished: true } || includeInternal ? r.Project?.Slug : null,
                    r.Project is { IsPublished: true } || includeInternal ? r.Project?.Title : null)
                : null;
            return new ItemView(i.Id, i.Number, i.Title, i.Description, i.IsPublic,
                paper is null ? null : new PaperCard(paper.Id, paper.Reference, paper.Title, paper.PaperType, paper.Date, paper.IsPublic),
                paper is null ? [] : [.. files.Where(f => f.PaperId == paper.Id && (includeInternal || paper.IsPublic)).Select(ToView)],
                resolution,
                approved || includeInternal ? i.Minutes : null);
        }).ToList();

        var invitations = includeInternal
            ? (await db.MeetingInvitations.AsNoTracking().Include(x => x.Recipients).ThenInclude(r => r.Membership!).ThenInclude(m => m.Person)
                .Include(x => x.Recipients).ThenInclude(r => r.Membership!).ThenInclude(m => m.Organisation)
                .Where(x => x.MeetingId == id).OrderByDescending(x => x.SentAt).ToListAsync(cancellationToken))
                .Select(x => new InvitationView(x.SentAt, x.SentBy, [.. x.Recipients.Select(r => r.Membership!.DisplayName)])).ToList()
            : [];

        return new MeetingPage(meeting.Id, meeting.Name, meeting.StartsAt, meeting.EndsAt, meeting.State, meeting.LocationText, meeting.Version,
            meeting.Board!.Name, meeting.Board.Slug, meeting.BoardId, meeting.Board.RegionId, meeting.IsExample || meeting.Board.Region!.IsExample, approved,
            meeting.MinutesApprovedInMeeting?.Name, meeting.MinutesApprovedInMeetingId, views, invitations)
        { InTrainingRegion = meeting.Board.Region!.IsExample };
    }

    public async Task<PaperPage?> PaperAsync(int id, bool includeInternal, CancellationToken cancellationToken = default)
    {
        var paper = await db.Papers.AsNoTracking().Include(p => p.Board!).ThenInclude(b => b.Region).Include(p => p.OriginatorOrganisation).Include(p => p.Project)
            .FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null && p.Board!.DeletedAt == null && (includeInternal || p.IsPublic), cancellationToken);
        if (paper is null)
        {
            return null;
        }

        var files = await db.PaperFiles.AsNoTracking().Where(f => f.PaperId == id && f.DeletedAt == null && (includeInternal || f.IsPublic))
            .OrderByDescending(f => f.IsMain).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var consultations = await db.AgendaItems.AsNoTracking()
            .Where(i => i.PaperId == id && i.DeletedAt == null && i.Meeting!.DeletedAt == null && (includeInternal || i.IsPublic))
            .OrderBy(i => i.Meeting!.StartsAt)
            .Select(i => new ConsultationView(i.MeetingId, i.Meeting!.Name, i.Meeting.StartsAt, i.Id, i.Number, i.Resolution != null ? i.Resolution.Result : null))
            .ToListAsync(cancellationToken);
        var showProject = paper.Project is { IsPublished: true } || includeInternal;
        var solution = paper.SolutionId is { } solutionId && solutionCatalogue.FirstOrDefault() is { } catalogue
            ? await catalogue.FindAsync(solutionId, includeInternal, cancellationToken)
            : null;
        return new PaperPage(paper.Id, paper.Reference, paper.Title, paper.PaperType, paper.Date, paper.Summary, paper.IsPublic,
            paper.OriginatorOrganisation?.Name, showProject ? paper.Project?.Slug : null, showProject ? paper.Project?.Title : null,
            solution?.Slug, solution?.Title,
            paper.Board!.Name, paper.Board.Slug, paper.BoardId, paper.Board.RegionId, [.. files.Select(ToView)], consultations, paper.Version)
        { InTrainingRegion = paper.Board.Region!.IsExample };
    }

    /// <summary>The seats linked to this account (members' area); no seat, no access.</summary>
    public async Task<IReadOnlyList<int>> BoardsOfMemberAsync(string? userId, CancellationToken cancellationToken = default) =>
        userId is null
            ? []
            : await db.BoardMemberships.AsNoTracking().Where(m => m.UserId == userId && m.DeletedAt == null && m.Board!.DeletedAt == null)
                .Select(m => m.BoardId).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MeetingCard>> MeetingsOfBoardsAsync(IReadOnlyCollection<int> boardIds, CancellationToken cancellationToken = default) =>
        await Cards(db.Meetings.AsNoTracking().Where(m => boardIds.Contains(m.BoardId) && m.DeletedAt == null).OrderByDescending(m => m.StartsAt).Take(100))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PaperCard>> PapersOfBoardsAsync(IReadOnlyCollection<int> boardIds, CancellationToken cancellationToken = default) =>
        await db.Papers.AsNoTracking().Where(p => boardIds.Contains(p.BoardId) && p.DeletedAt == null)
            .OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Take(200)
            .Select(p => new PaperCard(p.Id, p.Reference, p.Title, p.PaperType, p.Date, p.IsPublic)).ToListAsync(cancellationToken);

    private static FileView ToView(PaperFile f) => new(f.Id, f.Name, f.FileName, f.Size, f.IsMain, f.IsPublic);
}
