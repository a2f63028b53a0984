using Modellregion.Web.Features.Directory;

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
