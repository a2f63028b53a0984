using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>The form of a new meeting: the board it is for.</summary>
public sealed record NewMeetingForm(int BoardId, string BoardName);

/// <summary>A new meeting of a board, entered by the office of its region (<see cref="BoardOperations.Manage"/>).</summary>
public sealed class CreateMeeting(AppDbContext db, BoardGate gate)
{
    public async Task<Result<NewMeetingForm>> OpenAsync(int boardId, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(board, BoardOperations.Manage) ? new NewMeetingForm(board.Id, board.Name) : new Outcome.Forbidden();
    }

    public async Task<FormOutcome<NewMeetingForm>> RunAsync(int boardId, MeetingInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(board, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var form = new NewMeetingForm(board.Id, board.Name);
        if (!inputValid)
        {
            return new(Outcome.Invalid.BoundInput(), form);
        }

        var errors = MeetingRules.Validate(input);
        if (errors.Any)
        {
            return new(errors.ToOutcome(), form);
        }

        var meeting = new Meeting { BoardId = board.Id, Name = "" };
        MeetingRules.Apply(input, meeting);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(meeting.Id);
    }
}
