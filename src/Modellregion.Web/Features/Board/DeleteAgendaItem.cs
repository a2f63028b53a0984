using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>Deletes an agenda item without a resolution.</summary>
public sealed class DeleteAgendaItem(AppDbContext db, MeetingOffice office)
{
    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, int itemId, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => DeleteAsync(meeting, itemId, cancellationToken), cancellationToken);

    private async Task<Outcome> DeleteAsync(Meeting meeting, int itemId, CancellationToken cancellationToken)
    {
        var meetingId = meeting.Id;
        var item = await db.AgendaItems.Include(i => i.Resolution).FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId && i.DeletedAt == null, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (item.Resolution is not null)
        {
            return Outcome.Invalid.Of("", BoardTexts.Of("DeleteAgendaItem.AResolutionHasBeenRecordedFor"));
        }

        item.DeletedAt = db.UtcNow;
        office.Touch(meeting);
        return await office.SaveAsync(item.Id, cancellationToken);
    }
}
