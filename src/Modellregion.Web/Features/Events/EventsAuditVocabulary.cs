using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Events;

/// <summary>How the audit trail names what events record. Personal data of registrations appears only as "changed".</summary>
internal sealed class EventsAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["Event"] = "Veranstaltung",
        ["Event.Sources"] = "Quelle",
        ["EventTicketType"] = "Anmeldeart",
        ["Registration"] = "Anmeldung",
        ["EventSession"] = "Programmpunkt",
        ["EventSessionProjects"] = "Vorgestelltes Projekt",
        ["EventSessionSolution"] = "Vorgestellte Lösung",
        ["EventMessage"] = "Nachricht an Teilnehmende",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["Format"] = "Format",
        ["StartsAt"] = "Beginn",
        ["EndsAt"] = "Ende",
        ["VenueName"] = "Veranstaltungsort",
        ["Street"] = "Straße",
        ["PostalCode"] = "Postleitzahl",
        ["City"] = "Ort",
        ["StreamUrl"] = "Adresse des Streams",
        ["RegistrationClosesAt"] = "Anmeldeschluss",
        ["TakesRegistrations"] = "Nimmt Anmeldungen an",
        ["OfferHours"] = "Haltezeit eines Angebots (Stunden)",
        ["CancelledAt"] = "Abgesagt am",
        ["EventId"] = "Veranstaltung",
        ["Kind"] = "Art",
        ["Capacity"] = "Plätze",
        ["Taken"] = "Vergeben",
        ["TicketTypeId"] = "Anmeldeart",
        ["Email"] = "E-Mail-Adresse",
        ["EmailKey"] = "E-Mail-Adresse (Vergleich)",
        ["NewOrganisationName"] = "Organisation (neu)",
        ["AccessibilityNeeds"] = "Barrierefreiheit",
        ["ConsentedAt"] = "Einwilligung am",
        ["ShowOrganisation"] = "Organisation zeigen",
        ["AddToDirectory"] = "In das Verzeichnis aufnehmen",
        ["ConfirmTokenHash"] = "Bestätigungslink",
        ["ManageTokenHash"] = "Persönlicher Link",
        ["TicketToken"] = "Ticket",
        ["ShortCode"] = "Ticket-Code",
        ["ConfirmedAt"] = "Bestätigt am",
        ["WaitingSince"] = "Wartet seit",
        ["OfferedAt"] = "Angebot am",
        ["OfferExpiresAt"] = "Angebot gilt bis",
        ["CheckedInAt"] = "Eingelassen am",
        ["PriorityReason"] = "Grund für das Vorziehen",
        ["AnonymisedAt"] = "Anonymisiert am",
        ["TimesKnown"] = "Uhrzeiten bekannt",
        ["Organisers"] = "Veranstalter",
        ["ReportedOnSite"] = "Teilnehmende vor Ort (veröffentlicht)",
        ["ReportedOnline"] = "Teilnehmende online (veröffentlicht)",
        ["ReportedProjectsPresented"] = "Vorgestellte Projekte (veröffentlicht)",
        ["Order"] = "Reihenfolge",
        ["Room"] = "Raum",
        ["Speakers"] = "Sprechende",
        ["EventSessionId"] = "Programmpunkt",
        ["ProjectsId"] = "Projekt",
        ["Audience"] = "Empfänger",
        ["Subject"] = "Betreff",
        ["Recipients"] = "Zahl der Empfänger",
    };

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(EventFormat)] = v => (EventFormat)v switch { EventFormat.Online => "Online", EventFormat.Hybrid => "Vor Ort und online", _ => "Vor Ort" },
        [typeof(MessageAudience)] = v => (MessageAudience)v == MessageAudience.Waiting ? "Warteliste" : "Bestätigte",
        [typeof(TicketKind)] = v => (TicketKind)v == TicketKind.Online ? "Online" : "Vor Ort",
        [typeof(RegistrationStatus)] = v => StatusLabel((RegistrationStatus)v),
    };

    /// <summary>A registration's status in German, as the audit and the desk's export name it.</summary>
    internal static string StatusLabel(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Unconfirmed => "Unbestätigt",
        RegistrationStatus.Confirmed => "Bestätigt",
        RegistrationStatus.Waiting => "Warteliste",
        RegistrationStatus.Offered => "Platz angeboten",
        RegistrationStatus.Cancelled => "Abgesagt",
        _ => "Angebot verfallen",
    };
}
