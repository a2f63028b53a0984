using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Funding;

/// <summary>Kinds of grant recipients with their own funding-rate cap.</summary>
public enum ApplicantType
{
    Municipality = 1,
    NonProfit = 2,
    Research = 3,
    Company = 4,
}

public static class ApplicantTypes
{
    public static readonly IReadOnlyList<(ApplicantType Type, string Label)> All =
    [
        (ApplicantType.Municipality, "Kommune oder kommunaler Verband"),
        (ApplicantType.NonProfit, "Gemeinnützige Einrichtung"),
        (ApplicantType.Research, "Hochschule oder Forschungseinrichtung"),
        (ApplicantType.Company, "Unternehmen"),
    ];

    public static string Label(ApplicantType type) => All.First(t => t.Type == type).Label;

    /// <summary>Why a plan or decision cannot be checked against the rate cap: the project names no grant recipient.</summary>
    public const string NoRecipient =
        "Für das Projekt ist kein Zuwendungsempfänger (federführende Organisation) eingetragen, daher ist die höchste Förderquote nicht bekannt. " +
        "Bitte tragen Sie ihn zuerst unter „Beteiligte und Orte“ als Federführung ein.";

    /// <summary>The grant recipient of a project: its lead organisation, whose type sets the funding-rate cap; null when none is set.</summary>
    public static Organisation? RecipientOf(Project project) => project.Partners.FirstOrDefault(p => p.Role == PartnerRole.Lead)?.Organisation;

    /// <summary>The applicant type of an organisation: as set on it, else derived from its kind.</summary>
    public static ApplicantType Of(Organisation organisation) => organisation.ApplicantType ?? organisation.Type switch
    {
        OrganisationType.Municipality or OrganisationType.District or OrganisationType.DistrictGovernment
            or OrganisationType.Ministry or OrganisationType.MunicipalCompany => ApplicantType.Municipality,
        OrganisationType.University or OrganisationType.ResearchInstitute => ApplicantType.Research,
        OrganisationType.Company => ApplicantType.Company,
        _ => ApplicantType.NonProfit,
    };
}
