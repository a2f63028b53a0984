using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>Marks a meeting deleted (with its items); OParl then reports it as deleted. A meeting with resolutions is cancelled instead.</summary>
public sealed class DeleteMeeting(AppDbContext db, MeetingOffice office)
{
    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => DeleteAsync(meeting, cancellationToken), cancellationToken);

    private async Task<Outcome> DeleteAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var meetingId = meeting.Id;
        if (await db.Resolutions.AnyAsync(r => r.AgendaItem!.MeetingId == meetingId, cancellationToken))
        {
            return Outcome.Invalid.Of("", BoardTexts.Of("DeleteMeeting.ResolutionsHaveBeenRecordedForThis"));
        }

        var now = db.UtcNow;
        meeting.DeletedAt = now;
        foreach (var item in await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.DeletedAt == null).ToListAsync(cancellationToken))
        {
            item.DeletedAt = now;
        }

        return await office.SaveAsync(meetingId, cancellationToken);
    }
}
