using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>How the audit trail names what projects records and which kind of change it is.</summary>
internal sealed class ProjectsAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["Project"] = "Projekt",
        ["Milestone"] = "Meilenstein",
        ["ProjectPartner"] = "Beteiligter Akteur",
        ["ProjectMunicipality"] = "Ort",
        ["ProjectResult"] = "Ergebnis",
        ["Project.Sources"] = "Quelle",
        ["StatusChange"] = "Schritt im Förderverfahren",
        ["Project.Plan"] = "Finanzierungsplan",
        ["ProjectTopics"] = "Thema",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["FieldId"] = "Handlungsfeld",
        ["StatusNote"] = "Anmerkung zum Stand",
        ["TotalCosts"] = "Gesamtausgaben",
        ["OwnContribution"] = "Eigenanteil",
        ["IsCompleted"] = "Erreicht",
        ["CompletedOn"] = "Erreicht am",
        ["ApprovedGrant"] = "Bewilligte Zuwendung",
        ["DatePrecision"] = "Genauigkeit des Datums",
        ["EffectiveOn"] = "Wirksam ab",
        ["EndsOnPrecision"] = "Genauigkeit des Endes",
        ["IsAdministered"] = "In der Förderverwaltung",
        ["SortOrder"] = "Reihenfolge",
        ["StartsOnPrecision"] = "Genauigkeit des Beginns",
    };

    public override AuditKind? KindOf(EntityEntry entry, Type root, JsonObject? after) => entry.Entity switch
    {
        StatusChange => AuditKind.Status,
        Project when after?.ContainsKey(nameof(Project.Status)) == true => AuditKind.Status,
        _ => null,
    };

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(ProjectStatus)] = e => ProjectStatuses.Label((ProjectStatus)e),
        [typeof(PartnerRole)] = e => PartnerRoles.Label((PartnerRole)e),
        [typeof(ResultKind)] = e => ResultKinds.Label((ResultKind)e),
        [typeof(DatePrecision)] = e => (DatePrecision)e switch { DatePrecision.Year => "Jahr", DatePrecision.Month => "Monat", _ => "Tag" },
    };

    public override IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>
    {
        ["ProjectId"] = "Project",
        ["FieldId"] = "Field",
        ["TopicsId"] = "Topic",
    };

    public override IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) => kind switch
    {
        "Project" => db.Projects.Where(p => ids.Contains(p.Id)).Select(p => new AuditName(p.Id, p.Title)),
        "Field" => db.Fields.Where(f => ids.Contains(f.Id)).Select(f => new AuditName(f.Id, f.Name)),
        "Topic" => db.Topics.Where(t => ids.Contains(t.Id)).Select(t => new AuditName(t.Id, t.Name)),
        _ => null,
    };
}
