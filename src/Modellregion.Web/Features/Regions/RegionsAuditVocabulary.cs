using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Regions;

/// <summary>How the audit trail names what regions records.</summary>
internal sealed class RegionsAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["Region"] = "Region",
        ["Region.Sources"] = "Quelle",
        ["RegionParticipation"] = "Rolle in der Region",
        ["Region.Office"] = "Projektbüro",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["GoverningDistrict"] = "Regierungsbezirk",
        ["Host"] = "Gastgeber",
        ["LeadOrganisationId"] = "Federführung",
    };

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(RegionRole)] = e => RegionRoles.Label((RegionRole)e),
    };

    public override IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>
    {
        ["RegionId"] = "Region",
    };

    public override IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) =>
        kind == "Region" ? db.Regions.Where(r => ids.Contains(r.Id)).Select(r => new AuditName(r.Id, r.Name)) : null;
}
