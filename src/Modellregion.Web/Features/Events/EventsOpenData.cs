using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Events;

/// <summary>Open data: the public events with their places and attendance figures — counts only, no personal data.</summary>
public sealed class EventsOpenData(AppDbContext db) : IOpenDataSet
{
    public string Name => "veranstaltungen";

    public string Title => "Veranstaltungen";

    public string Description => "Die öffentlichen Veranstaltungen mit Zeit, Ort, Format, Plätzen und Teilnahmezahlen (nur Zahlen, keine Personendaten).";

    public int Order => 70;

    public IReadOnlyList<string> Keywords => ["Veranstaltungen", "Digitalkongress"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("slug", "Kurzname", "Text", "Kurzname in der Adresse /veranstaltungen/{Kurzname}", null, "digitalkongress-2022", "Projektbüro"),
        new("title", "Veranstaltung", "Text", "Titel der Veranstaltung", null, "Digitalkongress 2022", "Projektbüro"),
        new("startsAt", "Beginn", "Zeitpunkt (ISO 8601, UTC)", "Beginn der Veranstaltung", null, "2022-03-10T08:00:00Z", "Projektbüro"),
        new("endsAt", "Ende", "Zeitpunkt (ISO 8601, UTC)", "Ende der Veranstaltung", null, "2022-03-10T16:00:00Z", "Projektbüro"),
        new("format", "Format", "Text", "vor Ort, online oder beides", null, "hybrid", "Projektbüro"),
        new("city", "Ort", "Text", "Ort der Veranstaltung", null, "Paderborn", "Projektbüro"),
        new("region", "Region", "Text", "Region, die die Veranstaltung ausrichtet (leer: ganzes Programm)", null, "OWL", "Projektbüro"),
        new("cancelled", "Abgesagt", "ja/nein", "Ob die Veranstaltung abgesagt wurde", null, "nein", "Projektbüro"),
        new("placesOnSite", "Plätze vor Ort", "Ganzzahl", "Plätze für die Anmeldung vor Ort", "Anzahl", "200", "Projektbüro"),
        new("placesOnline", "Plätze online", "Ganzzahl", "Plätze für die Anmeldung online", "Anzahl", "2000", "Projektbüro"),
        new("confirmed", "Bestätigte Anmeldungen", "Ganzzahl", "Anmeldungen mit bestätigtem Platz (über die Plattform)", "Anzahl", "180", "Berechnet"),
        new("checkedIn", "Eingelassen", "Ganzzahl", "Am Einlass eingecheckte Teilnehmende", "Anzahl", "160", "Berechnet"),
        new("reportedOnSite", "Teilnehmende vor Ort (veröffentlicht)", "Ganzzahl", "Veröffentlichte Zahl der Teilnehmenden vor Ort", "Anzahl", "200", "Veröffentlichung des Veranstalters"),
        new("reportedOnline", "Teilnehmende online (veröffentlicht)", "Ganzzahl", "Veröffentlichte Zahl der Teilnehmenden online", "Anzahl", "2000", "Veröffentlichung des Veranstalters"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Event>().AsNoTracking().Where(e => e.IsPublished && !e.IsExample).OrderBy(e => e.StartsAt)
            .Select(e => new
            {
                e.Slug,
                e.Title,
                e.StartsAt,
                e.EndsAt,
                e.Format,
                e.City,
                Region = e.Region != null ? e.Region.ShortName : null,
                Cancelled = e.CancelledAt != null,
                OnSite = e.TicketTypes.Where(t => t.Kind == TicketKind.OnSite).Sum(t => (int?)t.Capacity),
                Online = e.TicketTypes.Where(t => t.Kind == TicketKind.Online).Sum(t => (int?)t.Capacity),
                Confirmed = db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
                CheckedIn = db.Set<Registration>().Count(r => r.EventId == e.Id && r.CheckedInAt != null),
                e.ReportedOnSite,
                e.ReportedOnline,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(e => new object?[]
        {
            e.Slug, e.Title, e.StartsAt, e.EndsAt, e.Format switch { EventFormat.Online => "online", EventFormat.Hybrid => "hybrid", _ => "vor Ort" }, e.City, e.Region,
            e.Cancelled, e.OnSite, e.Online, e.Confirmed, e.CheckedIn, e.ReportedOnSite, e.ReportedOnline,
        })];
    }
}
