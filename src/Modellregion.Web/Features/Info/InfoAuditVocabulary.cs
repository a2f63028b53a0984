using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Info;

/// <summary>How the audit trail names what the operator's details records.</summary>
internal sealed class InfoAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["OperatorDetails"] = "Angaben des Betreibers",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["Representative"] = "Vertreten durch",
        ["ContentResponsible"] = "Inhaltlich verantwortlich",
        ["DataProtectionOfficer"] = "Datenschutzbeauftragte Stelle",
        ["DataProtectionAuthority"] = "Aufsichtsbehörde für den Datenschutz",
        ["AccessibilityEmail"] = "E-Mail für Rückmeldungen zur Barrierefreiheit",
        ["AccessibilityEnforcementBody"] = "Durchsetzungsverfahren der Barrierefreiheit",
    };
}
