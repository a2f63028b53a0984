using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Account;

/// <summary>How the audit trail names what accounts and roles records and which kind of change it is.</summary>
internal sealed class AccountAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["RoleAssignment"] = "Rolle",
        ["ApplicationUser"] = "Benutzerkonto",
        ["PersonalAccessToken"] = "Zugangstoken",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["DisplayName"] = "Anzeigename",
        ["Prefix"] = "Kennung",
        ["ExpiresAt"] = "Gültig bis",
        ["RevokedAt"] = "Widerrufen am",
        ["LastUsedAt"] = "Zuletzt benutzt",
    };

    public override AuditKind? KindOf(EntityEntry entry, Type root, JsonObject? after) => entry.Entity is RoleAssignment or ApplicationUser or PersonalAccessToken ? AuditKind.Access : null;

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(AppRole)] = e => AppRoles.Label((AppRole)e),
    };
}
