using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>The date, place and state of a meeting.</summary>
public sealed class UpdateMeeting(AppDbContext db, MeetingOffice office)
{
    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, MeetingInput input, bool inputValid, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => inputValid ? UpdateAsync(meeting, input, cancellationToken) : Task.FromResult<Outcome>(Outcome.Invalid.BoundInput()), cancellationToken);

    private async Task<Outcome> UpdateAsync(Meeting meeting, MeetingInput input, CancellationToken cancellationToken)
    {
        if (input.Version != meeting.Version)
        {
            return MeetingOffice.Stale();
        }

        var errors = MeetingRules.Validate(input);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version;
        MeetingRules.Apply(input, meeting);
        await office.DescribeBoardVotesAsync(meeting, null, cancellationToken);
        return await office.SaveAsync(meeting.Id, cancellationToken);
    }
}
