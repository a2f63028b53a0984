using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

/// <summary>
/// Turns the change tracker's pending changes into audit entries. Values of added records (generated keys,
/// foreign keys) are read after the first save, so <see cref="PendingAudit.Complete"/> runs then.
/// </summary>
internal static class AuditRecorder
{
    private static readonly HashSet<string> IgnoredProperties =
    [
        nameof(IVersioned.Version), nameof(ITimestamped.CreatedAt), nameof(ITimestamped.UpdatedAt),
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount",
        nameof(Projects.Project.SearchText),
    ];

    public static List<PendingAudit> Capture(ChangeTracker tracker, DateTime now, ICurrentActor actor)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };

            JsonObject? before = null;
            JsonObject? after = null;
            if (action == AuditAction.Updated)
            {
                before = [];
                after = [];
                foreach (var property in entry.Properties.Where(p => p.IsModified && !IgnoredProperties.Contains(p.Metadata.Name)))
                {
                    if (Equals(property.OriginalValue, property.CurrentValue))
                    {
                        continue;
                    }

                    before[property.Metadata.Name] = Value(property, property.OriginalValue);
                    after[property.Metadata.Name] = Value(property, property.CurrentValue);
                }

                if (after.Count == 0)
                {
                    continue;
                }
            }
            else if (action == AuditAction.Deleted)
            {
                before = Snapshot(entry, original: true);
            }

            pending.Add(new PendingAudit(entry, action, now, actor, before, after));
        }

        return pending;
    }

    private static bool IsAudited(EntityEntry entry)
    {
        if (entry.Entity is IAudited or Account.ApplicationUser)
        {
            return true;
        }

        // Owned values (sources) and join rows (project topics) belong to an audited owner.
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is not null)
        {
            return typeof(IAudited).IsAssignableFrom(ownership.PrincipalEntityType.ClrType);
        }

        return entry.Metadata.IsPropertyBag;
    }

    internal static JsonObject Snapshot(EntityEntry entry, bool original)
    {
        var values = new JsonObject();
        foreach (var property in entry.Properties.Where(p => !IgnoredProperties.Contains(p.Metadata.Name)))
        {
            var value = original ? property.OriginalValue : property.CurrentValue;
            if (value is not null)
            {
                values[property.Metadata.Name] = Value(property, value);
            }
        }

        return values;
    }

    /// <summary>The value as the audit keeps it: erasable personal data only as a marker.</summary>
    private static JsonValue? Value(PropertyEntry property, object? value) =>
        value is not null && property.Metadata.PropertyInfo?.IsDefined(typeof(ErasablePersonalDataAttribute), inherit: false) == true
            ? JsonValue.Create(ErasablePersonalDataAttribute.AuditMarker)
            : ToJson(value);

    private static JsonValue? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal d => JsonValue.Create(d),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime d => JsonValue.Create(d.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset d => JsonValue.Create(d.ToString("O", CultureInfo.InvariantCulture)),
        Enum e => JsonValue.Create(e.ToString()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    internal static string EntityTypeName(IEntityType type)
    {
        var ownership = type.FindOwnership();
        if (ownership is not null)
        {
            return $"{ownership.PrincipalEntityType.ClrType.Name}.{ownership.PrincipalToDependent?.Name}";
        }

        return type.IsPropertyBag ? type.Name : type.ClrType.Name;
    }

    internal static AuditKind KindOf(EntityEntry entry, JsonObject? after) => entry.Entity switch
    {
        GrantDecision => AuditKind.Decision,
        StatusChange => AuditKind.Status,
        Account.RoleAssignment or Account.ApplicationUser => AuditKind.Access,
        Project when after?.ContainsKey(nameof(Project.Status)) == true => AuditKind.Status,
        _ when after is not null && entry.Properties.Any(p => after.ContainsKey(p.Metadata.Name) && p.Metadata.ClrType.IsAssignableTo(typeof(decimal?))) => AuditKind.Money,
        _ => AuditKind.Content,
    };
}

internal sealed class PendingAudit
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly EntityEntry _entry;
    private readonly AuditAction _action;
    private readonly DateTime _now;
    private readonly ICurrentActor _actor;
    private readonly JsonObject? _before;
    private readonly JsonObject? _after;
    private readonly (string EntityId, int? ProjectId, int? RegionId)? _identity;

    public PendingAudit(EntityEntry entry, AuditAction action, DateTime now, ICurrentActor actor, JsonObject? before, JsonObject? after)
    {
        _entry = entry;
        _action = action;
        _now = now;
        _actor = actor;
        _before = before;
        _after = after;

        // Keys of added records are generated by the save; the others are read now, before the entry is detached.
        _identity = action == AuditAction.Created ? null : Identify();
    }

    public AuditEntry Complete()
    {
        var afterValues = _action == AuditAction.Created ? AuditRecorder.Snapshot(_entry, original: false) : _after;
        var (entityId, projectId, regionId) = _identity ?? Identify();
        return new AuditEntry
        {
            OccurredAt = _now,
            ActorId = _actor.UserId,
            ActorName = _actor.Name,
            Action = _action,
            EntityType = AuditRecorder.EntityTypeName(_entry.Metadata),
            EntityId = entityId,
            ProjectId = projectId,
            RegionId = regionId,
            Kind = AuditRecorder.KindOf(_entry, afterValues ?? _before),
            Before = _before?.ToJsonString(JsonOptions),
            After = afterValues?.ToJsonString(JsonOptions),
        };
    }

    private (string EntityId, int? ProjectId, int? RegionId) Identify()
    {
        var key = _entry.Metadata.FindPrimaryKey();
        var entityId = key is null
            ? "?"
            : string.Join("/", key.Properties.Select(p => Convert.ToString(_entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
        return (
            entityId,
            IntValue(_entry.Entity is Project ? "Id" : "ProjectId"),
            IntValue(_entry.Entity is Regions.Region ? "Id" : "RegionId"));
    }

    private int? IntValue(string propertyName) =>
        _entry.Metadata.FindProperty(propertyName) is null ? null : _entry.Property(propertyName).CurrentValue as int?;
}
