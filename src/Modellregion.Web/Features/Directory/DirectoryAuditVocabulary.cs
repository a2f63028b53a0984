using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Directory;

/// <summary>How the audit trail names what the directory of organisations and municipalities records.</summary>
internal sealed class DirectoryAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["Organisation"] = "Akteur",
        ["Organisation.Sources"] = "Quelle",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["Type"] = "Art",
        ["ApplicantType"] = "Art des Zuwendungsempfängers",
        ["City"] = "Ort",
        ["DistrictAgs"] = "Kreis (Schlüssel)",
    };

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(OrganisationType)] = e => OrganisationTypes.Label((OrganisationType)e),
    };

    public override IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>
    {
        ["OrganisationId"] = "Organisation",
        ["LeadOrganisationId"] = "Organisation",
        ["OriginatorOrganisationId"] = "Organisation",
        ["ProviderId"] = "Organisation",
    };

    public override IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) =>
        kind == "Organisation" ? db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new AuditName(o.Id, o.Name)) : null;
}
