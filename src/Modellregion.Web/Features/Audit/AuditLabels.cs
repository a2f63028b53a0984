namespace Modellregion.Web.Features.Audit;

/// <summary>
/// German names for what the audit trail records: the few that belong to no feature (files, fields every record
/// has) are kept here; each feature adds its own through its <see cref="AuditVocabulary"/>.
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Entities = new()
    {
        ["StoredFile"] = "Datei",
    };

    private static readonly Dictionary<string, string> Properties = new()
    {
        // The optional English versions of public texts (projects, regions, programmes, solutions).
        ["TitleEn"] = "Titel (Englisch)",
        ["NameEn"] = "Name (Englisch)",
        ["SummaryEn"] = "Kurzbeschreibung (Englisch)",
        ["DescriptionEn"] = "Beschreibung (Englisch)",
        ["Title"] = "Titel",
        ["Slug"] = "Kurzadresse",
        ["Summary"] = "Kurzbeschreibung",
        ["Description"] = "Beschreibung",
        ["RegionId"] = "Region",
        ["Status"] = "Stand",
        ["StartsOn"] = "Beginn",
        ["EndsOn"] = "Ende",
        ["Website"] = "Website",
        ["IsPublished"] = "Öffentlich sichtbar",
        ["DueOn"] = "Geplant für",
        ["OrganisationId"] = "Akteur",
        ["Role"] = "Rolle",
        ["Note"] = "Anmerkung",
        ["Ags"] = "Gemeindeschlüssel",
        ["Name"] = "Name",
        ["Email"] = "E-Mail",
        ["LockoutEnd"] = "Gesperrt bis",
        ["Address"] = "Adresse",
        ["BoardMembershipId"] = "Mitgliedschaft",
        ["BoardPersonId"] = "Person",
        ["ContentType"] = "Dateiart",
        ["DeletedAt"] = "Gelöscht am",
        ["EmailConfirmed"] = "E-Mail bestätigt",
        ["FileName"] = "Dateiname",
        ["From"] = "Von",
        ["GrantDecisionId"] = "Zuwendungsbescheid",
        ["IsExample"] = "Beispieldaten (Übungsregion)",
        ["IsSynthetic"] = "Synthetische Testdaten",
        ["Kind"] = "Art",
        ["LockoutEnabled"] = "Sperre möglich",
        ["MunicipalityAgs"] = "Kommune (Gemeindeschlüssel)",
        ["NewsItemId"] = "Meldung",
        ["Number"] = "Nummer",
        ["Phone"] = "Telefon",
        ["PhoneNumber"] = "Telefon",
        ["PhoneNumberConfirmed"] = "Telefon bestätigt",
        ["ProgrammeId"] = "Förderprogramm",
        ["ProjectId"] = "Projekt",
        ["Reason"] = "Begründung",
        ["RecordedAt"] = "Erfasst am",
        ["RecordedBy"] = "Erfasst von",
        ["RequestedGrant"] = "Beantragte Zuwendung",
        ["ReuseId"] = "Nachnutzung",
        ["SentAt"] = "Gesendet am",
        ["Sha256"] = "Prüfsumme (SHA-256)",
        ["ShortName"] = "Kurzname",
        ["Size"] = "Größe (Bytes)",
        ["SolutionId"] = "Lösung",
        ["StoredFileId"] = "Datei",
        ["Supports"] = "Belegt",
        ["Text"] = "Text",
        ["ThirdPartyFunds"] = "Drittmittel",
        ["To"] = "Nach",
        ["TopicsId"] = "Thema",
        ["TwoFactorEnabled"] = "Zwei-Faktor-Anmeldung",
        ["UploadedAt"] = "Hochgeladen am",
        ["UploadedBy"] = "Hochgeladen von",
        ["Url"] = "Adresse",
        ["UserId"] = "Benutzerkonto",
    };

    /// <summary>Keys that only tie a record to its owner; the entry names the record already.</summary>
    private static readonly HashSet<string> Hidden = ["Id", "FinancingPlanGrantDecisionId", "FinancingPlanProjectId"];

    private static readonly Lazy<(Dictionary<string, string> Entities, Dictionary<string, string> Properties)> All = new(() =>
    {
        var entities = new Dictionary<string, string>(Entities);
        var properties = new Dictionary<string, string>(Properties);
        foreach (var vocabulary in AuditVocabulary.All)
        {
            foreach (var (key, label) in vocabulary.Entities)
            {
                entities.TryAdd(key, label);
            }

            foreach (var (key, label) in vocabulary.Properties)
            {
                properties.TryAdd(key, label);
            }
        }

        return (entities, properties);
    });

    public static string Entity(string type) => All.Value.Entities.GetValueOrDefault(type, type);

    public static string Property(string name) => All.Value.Properties.GetValueOrDefault(name, name);

    public static bool HasEntity(string type) => All.Value.Entities.ContainsKey(type);

    /// <summary>Whether the field has a label, or is a key the viewer does not show.</summary>
    public static bool HasProperty(string name) => All.Value.Properties.ContainsKey(name) || Hidden.Contains(name);

    public static bool IsHidden(string name) => Hidden.Contains(name);

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
