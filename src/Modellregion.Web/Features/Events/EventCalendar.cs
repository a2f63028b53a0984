using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// iCalendar (RFC 5545) for events: the feed of all public events and one file per event (also attached to the
/// confirmation mail). Times in UTC; a cancelled event stays with STATUS:CANCELLED so calendars remove it. Only public
/// facts go in; the stream's address never does.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Serialize(IEnumerable<Event> events, string site, string calendarName, DateTime utcNow)
    {
        var calendar = new Calendar { ProductId = "-//Modellregion//Veranstaltungen//DE", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var host = new Uri(site).Host;
        foreach (var item in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"veranstaltung-{item.Id}@{host}",
                Summary = item.Title,
                DtStart = Utc(item.StartsAt),
                DtEnd = Utc(item.EndsAt),
                DtStamp = Utc(utcNow),
                LastModified = Utc(item.UpdatedAt),
                Sequence = item.Version,
                Status = item.CancelledAt is null ? "CONFIRMED" : "CANCELLED",
                Location = Place(item),
                Url = new Uri($"{site}/veranstaltungen/{item.Slug}"),
                Description = $"{item.Summary} {site}/veranstaltungen/{item.Slug}".Trim(),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The place in one line: venue and address, or "online".</summary>
    public static string Place(Event item)
    {
        var address = string.Join(", ", new[] { item.VenueName, item.Street, string.Join(' ', new[] { item.PostalCode, item.City }.Where(p => !string.IsNullOrWhiteSpace(p))) }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        return item.Format switch
        {
            EventFormat.Online => "Online",
            EventFormat.Hybrid => string.IsNullOrEmpty(address) ? "Online" : $"{address} und online",
            _ => address,
        };
    }

    private static CalDateTime Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), "UTC", true);
}
