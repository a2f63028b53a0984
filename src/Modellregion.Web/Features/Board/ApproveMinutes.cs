using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>The minutes of a meeting are approved in a later meeting of the same board.</summary>
public sealed class ApproveMinutes(AppDbContext db, MeetingOffice office)
{
    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, int approvingMeetingId, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => ApproveAsync(meeting, approvingMeetingId, cancellationToken), cancellationToken);

    private async Task<Outcome> ApproveAsync(Meeting meeting, int approvingMeetingId, CancellationToken cancellationToken)
    {
        var meetingId = meeting.Id;
        var approving = await db.Meetings.FirstOrDefaultAsync(m => m.Id == approvingMeetingId && m.DeletedAt == null, cancellationToken);
        if (approving is null || approving.BoardId != meeting.BoardId)
        {
            return Outcome.Invalid.Of("ApprovingMeetingId", BoardTexts.Of("ApproveMinutes.TheApprovingMeetingDoesNotExist"));
        }

        if (approving.StartsAt <= meeting.StartsAt)
        {
            return Outcome.Invalid.Of("ApprovingMeetingId", BoardTexts.Of("ApproveMinutes.MinutesAreApprovedInALater"));
        }

        if (meeting.State != MeetingState.Held)
        {
            return Outcome.Invalid.Of("ApprovingMeetingId", BoardTexts.Of("ApproveMinutes.OnlyTheMinutesOfAMeeting"));
        }

        meeting.MinutesApprovedInMeetingId = approving.Id;
        return await office.SaveAsync(meetingId, cancellationToken);
    }
}
