using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Funding;

/// <summary>How the audit trail names what the funding administration records and which kind of change it is.</summary>
internal sealed class FundingAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["GrantDecision"] = "Zuwendungsbescheid",
        ["Programme"] = "Förderprogramm",
        ["Programme.Sources"] = "Quelle",
        ["FinancingPlan.Lines"] = "Zeile des Finanzierungsplans",
        ["FundRequest"] = "Mittelabruf",
        ["GrantDecision.Plan"] = "Finanzierungsplan des Bescheids",
        ["Programme.Rules"] = "Förderregeln",
        ["Proof"] = "Nachweis",
        ["Proof.Lines"] = "Zeile des Nachweises",
        ["ProofAttachment"] = "Anlage zum Nachweis",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["MaxAmount"] = "Höchstbetrag",
        ["Actual"] = "Ist-Ausgaben",
        ["Amount"] = "Betrag",
        ["AnnouncedBudget"] = "Angekündigtes Budget",
        ["BudgetYear"] = "Haushaltsjahr",
        ["Category"] = "Kategorie",
        ["Conditions"] = "Nebenbestimmungen",
        ["CreatedBy"] = "Angelegt von",
        ["DecidedOn"] = "Bescheid vom",
        ["DocumentId"] = "Dokument",
        ["DueSoonDays"] = "Vorlauf für „bald fällig“ (Tage)",
        ["EligibleCosts"] = "Zuwendungsfähige Ausgaben",
        ["FileNumber"] = "Aktenzeichen",
        ["FinalProofMonths"] = "Frist für den Verwendungsnachweis (Monate)",
        ["ForwardedAt"] = "Weitergeleitet am",
        ["ForwardedBy"] = "Weitergeleitet von",
        ["Funder"] = "Förderer",
        ["FundingRatePercent"] = "Fördersatz (%)",
        ["FundRequestHorizonMonths"] = "Abrufhorizont (Monate)",
        ["InterimProofDueDay"] = "Zwischennachweis fällig (Tag)",
        ["InterimProofDueMonth"] = "Zwischennachweis fällig (Monat)",
        ["IsSettlement"] = "Abrechnung nach dem Bewilligungszeitraum",
        ["Justification"] = "Begründung",
        ["LegalBasis"] = "Rechtsgrundlage",
        ["MaxRateCompany"] = "Höchstsatz Unternehmen (%)",
        ["MaxRateMunicipality"] = "Höchstsatz Kommunen (%)",
        ["MaxRateNonProfit"] = "Höchstsatz Gemeinnützige (%)",
        ["MaxRateResearch"] = "Höchstsatz Forschung (%)",
        ["NarrativeReport"] = "Sachbericht",
        ["NeededFrom"] = "Benötigt ab",
        ["NeededUntil"] = "Benötigt bis",
        ["PaidAmount"] = "Ausgezahlter Betrag",
        ["PaidOn"] = "Ausgezahlt am",
        ["PaymentRecordedBy"] = "Zahlung erfasst von",
        ["PeriodEnd"] = "Ende des Bewilligungszeitraums",
        ["PeriodStart"] = "Beginn des Bewilligungszeitraums",
        ["PlanLineTolerancePercent"] = "Toleranz je Planposition (%)",
        ["Planned"] = "Geplant",
        ["ProofId"] = "Nachweis",
        ["ReminderDaysAfter"] = "Erinnerung nach Fälligkeit (Tage)",
        ["ReminderDaysBefore"] = "Erinnerung vor Fälligkeit (Tage)",
        ["ReturnReason"] = "Grund der Rückgabe",
        ["ReviewedAt"] = "Geprüft am",
        ["ReviewedBy"] = "Geprüft von",
        ["ReviewNote"] = "Prüfvermerk",
        ["Sequence"] = "Reihenfolge",
        ["SubmittedAt"] = "Eingereicht am",
        ["SubmittedBy"] = "Eingereicht von",
    };

    public override AuditKind? KindOf(EntityEntry entry, Type root, JsonObject? after) => entry.Entity switch
    {
        ProofAttachment => AuditKind.Document,
        GrantDecision when after?.Count == 1 && after.ContainsKey(nameof(GrantDecision.DocumentId)) => AuditKind.Document,
        _ when root == typeof(GrantDecision) => AuditKind.Decision,
        _ when root == typeof(FundRequest) || root == typeof(Proof) => AuditKind.Money,
        _ => null,
    };

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(CostCategory)] = e => CostCategories.Label((CostCategory)e),
        [typeof(ApplicantType)] = e => ApplicantTypes.Label((ApplicantType)e),
        [typeof(FundRequestStatus)] = e => FundRequestStatuses.Label((FundRequestStatus)e),
        [typeof(ProofStatus)] = e => ProofLabels.Status((ProofStatus)e),
    };

    public override IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>
    {
        ["ProgrammeId"] = "Programme",
    };

    public override IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) =>
        kind == "Programme" ? db.Programmes.Where(x => ids.Contains(x.Id)).Select(x => new AuditName(x.Id, x.Name)) : null;
}
