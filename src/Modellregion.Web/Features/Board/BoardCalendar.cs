using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// iCalendar (RFC 5545) for board meetings: a feed of all meetings of a board and one file per meeting. Times are
/// written in UTC; a cancelled meeting stays in the feed with STATUS:CANCELLED, so calendars remove it.
/// Only public facts go in: name, time, place, state and the link to the public meeting page.
/// </summary>
public sealed class BoardCalendar(AppDbContext db, TimeProvider time)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string?> FeedAsync(string boardSlug, string site, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == boardSlug && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return null;
        }

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardId == board.Id && m.DeletedAt == null)
            .OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        return Serialize(meetings, site, board.Name);
    }

    public async Task<string?> MeetingAsync(int meetingId, string site, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Board)
            .FirstOrDefaultAsync(m => m.Id == meetingId && m.DeletedAt == null && m.Board!.DeletedAt == null, cancellationToken);
        return meeting is null ? null : Serialize([meeting], site, meeting.Board!.Name);
    }

    public string Serialize(IEnumerable<Meeting> meetings, string site, string calendarName)
    {
        var calendar = new Calendar { ProductId = "-//Modellregion//Digitalboard//DE", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var host = new Uri(site).Host;
        var now = new CalDateTime(time.GetUtcNow().UtcDateTime, "UTC", true);
        foreach (var meeting in meetings)
        {
            var start = DateTime.SpecifyKind(meeting.StartsAt, DateTimeKind.Utc);
            var end = DateTime.SpecifyKind(meeting.EndsAt ?? meeting.StartsAt.AddHours(2), DateTimeKind.Utc);
            var calendarEvent = new CalendarEvent
            {
                Uid = $"digitalboard-sitzung-{meeting.Id}@{host}",
                Summary = meeting.Name,
                DtStart = new CalDateTime(start, "UTC", true),
                DtEnd = new CalDateTime(end, "UTC", true),
                DtStamp = now,
                LastModified = new CalDateTime(DateTime.SpecifyKind(meeting.UpdatedAt, DateTimeKind.Utc), "UTC", true),
                Sequence = meeting.Version,
                Status = meeting.State == MeetingState.Cancelled ? "CANCELLED" : "CONFIRMED",
                Location = meeting.LocationText,
                Url = new Uri($"{site}/digitalboard/sitzungen/{meeting.Id}"),
                Description = $"Sitzung: {MeetingStates.Label(meeting.State)}. Tagesordnung und Unterlagen: {site}/digitalboard/sitzungen/{meeting.Id}",
            };
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
