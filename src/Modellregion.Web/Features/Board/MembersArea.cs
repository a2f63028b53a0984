using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>The boards whose internals this person sees, with their meetings and papers; none answers 403 with a hint.</summary>
public sealed record MembersOverview(IReadOnlyList<int> BoardIds, IReadOnlyList<MeetingCard> Meetings, IReadOnlyList<PaperCard> Papers);

/// <summary>A non-public file of a paper, for the members' area.</summary>
public sealed record MemberFile(byte[] Content, string MimeType, string FileName);

/// <summary>
/// The members' area (<c>/digitalboard/mitglieder</c>): a member sees the meetings and all papers (non-public
/// included) of the boards he holds a seat on; the project office and read-only roles see those of their regions
/// (<see cref="BoardOperations.ViewInternals"/>).
/// </summary>
public sealed class MembersArea(AppDbContext db, BoardQueries queries, BoardGate gate)
{
    public async Task<MembersOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var seats = await queries.BoardsOfMemberAsync(gate.UserId, cancellationToken);
        var scopes = await gate.ScopesAsync(cancellationToken);
        var boards = await db.Boards.AsNoTracking().Where(b => b.DeletedAt == null).Select(b => new { b.Id, b.RegionId }).ToListAsync(cancellationToken);
        var ids = boards.Where(b => seats.Contains(b.Id) || BoardOperations.MayViewInternals(scopes, b.RegionId)).Select(b => b.Id).ToList();
        return ids.Count == 0
            ? new MembersOverview([], [], [])
            : new MembersOverview(ids, await queries.MeetingsOfBoardsAsync(ids, cancellationToken), await queries.PapersOfBoardsAsync(ids, cancellationToken));
    }

    public async Task<Result<MeetingPage>> MeetingAsync(int id, CancellationToken cancellationToken = default) =>
        await queries.MeetingAsync(id, includeInternal: true, cancellationToken) is { } meeting
            ? await AllowedAsync(meeting.BoardId, cancellationToken) ? meeting : new Outcome.Forbidden()
            : new Outcome.NotFound();

    public async Task<Result<PaperPage>> PaperAsync(int id, CancellationToken cancellationToken = default) =>
        await queries.PaperAsync(id, includeInternal: true, cancellationToken) is { } paper
            ? await AllowedAsync(paper.BoardId, cancellationToken) ? paper : new Outcome.Forbidden()
            : new Outcome.NotFound();

    public async Task<Result<MemberFile>> FileAsync(int id, CancellationToken cancellationToken = default)
    {
        var file = await db.PaperFiles.AsNoTracking().Where(f => f.Id == id && f.DeletedAt == null && f.Paper!.DeletedAt == null)
            .Select(f => new { f.FileName, f.StoredFileId, f.Paper!.BoardId })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return new Outcome.NotFound();
        }

        if (!await AllowedAsync(file.BoardId, cancellationToken))
        {
            return new Outcome.Forbidden();
        }

        // The content type checked on upload, not one stored with the paper.
        var stored = await db.Files.AsNoTracking().Where(s => s.Id == file.StoredFileId).Select(s => new { s.Content, s.ContentType }).FirstAsync(cancellationToken);
        return new MemberFile(stored.Content, stored.ContentType, file.FileName);
    }

    private async Task<bool> AllowedAsync(int boardId, CancellationToken cancellationToken) =>
        await gate.AllowsAsync(await db.Boards.AsNoTracking().FirstAsync(b => b.Id == boardId, cancellationToken), BoardOperations.ViewInternals);
}
