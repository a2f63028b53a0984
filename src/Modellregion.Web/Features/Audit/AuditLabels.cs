namespace Modellregion.Web.Features.Audit;

/// <summary>German names for what the audit trail records.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Entities = new()
    {
        ["Project"] = "Projekt",
        ["Milestone"] = "Meilenstein",
        ["ProjectPartner"] = "Beteiligter Akteur",
        ["ProjectMunicipality"] = "Ort",
        ["ProjectResult"] = "Ergebnis",
        ["ProjectTopics"] = "Thema",
        ["Project.Sources"] = "Quelle",
        ["StatusChange"] = "Schritt im Förderverfahren",
        ["GrantDecision"] = "Zuwendungsbescheid",
        ["Organisation"] = "Akteur",
        ["Organisation.Sources"] = "Quelle",
        ["Region"] = "Region",
        ["Region.Sources"] = "Quelle",
        ["RegionParticipation"] = "Rolle in der Region",
        ["NewsItem"] = "Meldung",
        ["NewsItem.Sources"] = "Quelle",
        ["Programme"] = "Förderprogramm",
        ["Programme.Sources"] = "Quelle",
        ["RoleAssignment"] = "Rolle",
        ["ApplicationUser"] = "Benutzerkonto",
    };

    private static readonly Dictionary<string, string> Properties = new()
    {
        ["Title"] = "Titel",
        ["Slug"] = "Kurzadresse",
        ["Summary"] = "Kurzbeschreibung",
        ["Description"] = "Beschreibung",
        ["RegionId"] = "Region",
        ["FieldId"] = "Handlungsfeld",
        ["Status"] = "Stand",
        ["StatusNote"] = "Anmerkung zum Stand",
        ["StartsOn"] = "Beginn",
        ["EndsOn"] = "Ende",
        ["TotalCosts"] = "Gesamtausgaben",
        ["OwnContribution"] = "Eigenanteil",
        ["Website"] = "Website",
        ["IsPublished"] = "Öffentlich sichtbar",
        ["DueOn"] = "Geplant für",
        ["IsCompleted"] = "Erreicht",
        ["CompletedOn"] = "Erreicht am",
        ["OrganisationId"] = "Akteur",
        ["Role"] = "Rolle",
        ["Note"] = "Anmerkung",
        ["Ags"] = "Gemeindeschlüssel",
        ["Name"] = "Name",
        ["Type"] = "Art",
        ["MaxAmount"] = "Höchstbetrag",
        ["Teaser"] = "Anreißer",
        ["Body"] = "Text",
        ["PublishedOn"] = "Datum",
        ["Email"] = "E-Mail",
        ["UserName"] = "Benutzername",
        ["DisplayName"] = "Anzeigename",
        ["LockoutEnd"] = "Gesperrt bis",
    };

    public static string Entity(string type) => Entities.GetValueOrDefault(type, type);

    public static string Property(string name) => Properties.GetValueOrDefault(name, name);

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Created => "angelegt",
        AuditAction.Deleted => "gelöscht",
        _ => "geändert",
    };

    public static string Kind(AuditKind kind) => kind switch
    {
        AuditKind.Status => "Stand",
        AuditKind.Money => "Geld",
        AuditKind.Decision => "Bescheid",
        AuditKind.Document => "Dokument",
        AuditKind.Access => "Zugang",
        _ => "Inhalt",
    };
}
