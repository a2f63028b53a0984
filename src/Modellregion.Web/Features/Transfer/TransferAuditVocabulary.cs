using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Transfer;

/// <summary>How the audit trail names what transfer and reuse records and which kind of change it is.</summary>
internal sealed class TransferAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["Reuse"] = "Nachnutzung",
        ["Reuse.Sources"] = "Quelle",
        ["Solution"] = "Lösung",
        ["Solution.Contacts"] = "Ansprechperson",
        ["Solution.Contractors"] = "Auftragnehmer der Wartung",
        ["Solution.Funders"] = "Förderer",
        ["Solution.Links"] = "Link",
        ["Solution.Sources"] = "Quelle",
        ["SolutionDocument"] = "Dokument einer Lösung",
        ["SolutionProject"] = "Herkunftsprojekt",
        ["TransferCase"] = "Transferfall",
        ["TransferCaseNote"] = "Notiz zum Transferfall",
        ["TransferCaseStep"] = "Schritt im Transferfall",
        ["SolutionTopics"] = "Thema der Lösung",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["UserName"] = "Benutzername",
        ["AdoptionSteps"] = "Schritte zur Übernahme",
        ["Affiliation"] = "Zugehörigkeit",
        ["At"] = "Zeitpunkt",
        ["AuthorName"] = "Verfasst von",
        ["AvailableLanguages"] = "Sprachen",
        ["By"] = "Von",
        ["CancelledFrom"] = "Abgebrochen in der Phase",
        ["CancelNote"] = "Anmerkung zum Abbruch",
        ["CancelReason"] = "Grund des Abbruchs",
        ["Categories"] = "Kategorien",
        ["ConfirmedAt"] = "Bestätigt am",
        ["ConfirmedBy"] = "Bestätigt von",
        ["ConsentAt"] = "Einwilligung am",
        ["ContactEmail"] = "E-Mail der Ansprechperson",
        ["ContactErasedAt"] = "Kontaktdaten gelöscht am",
        ["ContactName"] = "Ansprechperson",
        ["ContactPhone"] = "Telefon der Ansprechperson",
        ["ContactRole"] = "Funktion der Ansprechperson",
        ["CooperationAgreement"] = "Kooperationsvereinbarung",
        ["CopyrightOwner"] = "Inhaber der Rechte",
        ["CostNote"] = "Anmerkung zu den Kosten",
        ["CostOneOff"] = "Einmalige Kosten",
        ["CostRunningPerYear"] = "Laufende Kosten pro Jahr",
        ["DataNeeded"] = "Benötigte Daten",
        ["DeclaredByEmail"] = "E-Mail der erklärenden Person",
        ["DeclaredByName"] = "Erklärt von",
        ["DemoUrl"] = "Demo",
        ["DevelopmentStatus"] = "Entwicklungsstand",
        ["DocumentationUrl"] = "Dokumentation",
        ["Features"] = "Funktionen",
        ["FeaturesEn"] = "Funktionen (Englisch)",
        ["LastActivityAt"] = "Letzte Aktivität",
        ["Licence"] = "Lizenz",
        ["LocalisationReady"] = "Übersetzbar",
        ["MainLanguage"] = "Hauptsprache",
        ["MaintenanceType"] = "Art der Wartung",
        ["Maturity"] = "Reifegrad",
        ["Need"] = "Bedarf",
        ["NextStep"] = "Nächster Schritt",
        ["NextStepDue"] = "Nächster Schritt bis",
        ["OperatorModels"] = "Betriebsmodelle",
        ["OwnerId"] = "Zuständig",
        ["Platforms"] = "Plattformen",
        ["Prerequisites"] = "Voraussetzungen",
        ["Problem"] = "Gelöstes Problem",
        ["ProcurementNotes"] = "Hinweise zur Vergabe",
        ["ProviderId"] = "Anbieter",
        ["PublicCodeExtra"] = "Weitere Angaben aus publiccode.yml",
        ["RejectionReason"] = "Ablehnungsgrund",
        ["ReleaseDate"] = "Veröffentlicht am",
        ["RepositoryUrl"] = "Quellcode",
        ["Scope"] = "Geltungsbereich",
        ["SearchTerms"] = "Suchbegriffe",
        ["Since"] = "Seit",
        ["SincePrecision"] = "Genauigkeit von „seit“",
        ["SoftwareType"] = "Art der Software",
        ["SoftwareVersion"] = "Version",
        ["Stage"] = "Phase",
        ["TargetSizes"] = "Größen der Kommunen",
        ["TargetTypes"] = "Arten von Kommunen",
        ["Timeline"] = "Zeitrahmen",
        ["TransferCaseId"] = "Transferfall",
        ["Until"] = "Bis",
        ["Uri"] = "Adresse",
    };

    public override AuditKind? KindOf(EntityEntry entry, Type root, JsonObject? after) => entry.Entity is SolutionDocument ? AuditKind.Document : null;

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(SolutionKind)] = e => SolutionVocabulary.Label((SolutionKind)e),
        [typeof(Maturity)] = e => SolutionVocabulary.Label((Maturity)e),
        [typeof(MaintenanceType)] = e => SolutionVocabulary.Label((MaintenanceType)e),
        [typeof(TransferStage)] = e => TransferStages.Label((TransferStage)e),
        [typeof(CancelReason)] = e => TransferStages.Label((CancelReason)e),
        [typeof(Timeline)] = e => TransferStages.Label((Timeline)e),
    };

    public override IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>
    {
        ["SolutionId"] = "Solution",
    };

    public override IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) =>
        kind == "Solution" ? db.Solutions.Where(x => ids.Contains(x.Id)).Select(x => new AuditName(x.Id, x.Title)) : null;
}
