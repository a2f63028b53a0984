using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
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
        var owners = new AuditOwners(tracker);
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
                foreach (var property in entry.Properties.Where(p => p.IsModified && IsKept(p)))
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

            pending.Add(new PendingAudit(entry, action, now, actor, before, after, owners));
        }

        return pending;
    }

    /// <summary>Completes the entries after the first save, when generated keys are known.</summary>
    public static IEnumerable<AuditEntry> Complete(List<PendingAudit> pending, ChangeTracker tracker)
    {
        var owners = new AuditOwners(tracker);
        return pending.Select(p => p.Complete(owners));
    }

    /// <summary>Bookkeeping columns and file contents stay out of the audit; the file's name, size and hash go in.</summary>
    private static bool IsKept(PropertyEntry property) =>
        !IgnoredProperties.Contains(property.Metadata.Name) && property.Metadata.ClrType != typeof(byte[]);

    private static bool IsAudited(EntityEntry entry) => IsAudited(entry.Metadata);

    private static bool IsAudited(IReadOnlyEntityType type)
    {
        if (type.ClrType.IsAssignableTo(typeof(IAudited)) || type.ClrType == typeof(Account.ApplicationUser) || type.ClrType == typeof(Platform.Files.StoredFile))
        {
            return true;
        }

        // Owned values (sources, plan lines) and join rows (project topics) belong to an audited owner.
        var ownership = type.FindOwnership();
        if (ownership is not null)
        {
            return IsAudited(ownership.PrincipalEntityType);
        }

        return type.IsPropertyBag;
    }

    /// <summary>Every record type and field the audit can show, named as it stores them (for the German labels).</summary>
    internal static IEnumerable<(string EntityType, string Property)> AuditedFields(IModel model) =>
        from type in model.GetEntityTypes()
        where IsAudited(type)
        from property in type.GetProperties()
        where !IgnoredProperties.Contains(property.Name) && property.ClrType != typeof(byte[])
        select (EntityTypeName(type), property.Name);

    internal static JsonObject Snapshot(EntityEntry entry, bool original)
    {
        var values = new JsonObject();
        foreach (var property in entry.Properties.Where(IsKept))
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
        // Amounts keep their cents ("1600000.00"), so the viewer can tell them from keys and counts.
        decimal d => JsonValue.Create(d + 0.00m),
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

    internal static AuditKind KindOf(EntityEntry entry, JsonObject? after)
    {
        if (entry.Entity is Platform.Files.StoredFile)
        {
            return AuditKind.Document;
        }

        var root = RootOwner(entry.Metadata);
        foreach (var vocabulary in AuditVocabulary.All)
        {
            if (vocabulary.KindOf(entry, root, after) is { } kind)
            {
                return kind;
            }
        }

        return after is not null && entry.Properties.Any(p => after.ContainsKey(p.Metadata.Name) && p.Metadata.ClrType.IsAssignableTo(typeof(decimal?)))
            ? AuditKind.Money
            : AuditKind.Content;
    }

    /// <summary>The type at the top of an ownership chain: a grant decision for the lines of its plan.</summary>
    private static Type RootOwner(IEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }

        return type.ClrType;
    }
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

    public PendingAudit(EntityEntry entry, AuditAction action, DateTime now, ICurrentActor actor, JsonObject? before, JsonObject? after, AuditOwners owners)
    {
        _entry = entry;
        _action = action;
        _now = now;
        _actor = actor;
        _before = before;
        _after = after;

        // Keys of added records are generated by the save; the others are read now, before the entry is detached.
        _identity = action == AuditAction.Created ? null : Identify(owners);
    }

    public AuditEntry Complete(AuditOwners owners)
    {
        var afterValues = _action == AuditAction.Created ? AuditRecorder.Snapshot(_entry, original: false) : _after;
        var (entityId, projectId, regionId) = _identity ?? Identify(owners);
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
            RequestId = _actor.RequestId,
        };
    }

    private (string EntityId, int? ProjectId, int? RegionId) Identify(AuditOwners owners)
    {
        var key = _entry.Metadata.FindPrimaryKey();
        var entityId = key is null
            ? "?"
            : string.Join("/", key.Properties.Select(p => Convert.ToString(_entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

        // Owned values (plan and proof lines) and attachments carry no project of their own: their owner's counts.
        var holder = owners.Holder(_entry);
        return (entityId, IntValue(holder, holder.Entity is Project ? "Id" : "ProjectId"), IntValue(holder, holder.Entity is Regions.Region ? "Id" : "RegionId"));
    }

    private static int? IntValue(EntityEntry entry, string propertyName) =>
        entry.Metadata.FindProperty(propertyName) is null ? null : entry.Property(propertyName).CurrentValue as int?;
}

/// <summary>
/// Finds the tracked record an entry belongs to (its owner, or the principal of its first foreign key) when the
/// entry itself names no project or region. The index of tracked records is built once, on first need.
/// </summary>
internal sealed class AuditOwners(ChangeTracker tracker)
{
    private Dictionary<(IEntityType Type, string Key), EntityEntry>? _index;
    private Dictionary<(IEntityType Type, string Key), EntityEntry>? _referrers;

    public EntityEntry Holder(EntityEntry entry)
    {
        // Up the chain until a record names its project or region: a paper without a project belongs to its board's region.
        for (var depth = 0; depth < 4 && !Names(entry) && (Principal(entry) ?? Referrer(entry)) is { } next; depth++)
        {
            entry = next;
        }

        return entry;
    }

    /// <summary>A record that points at this one, saved with it: the grant decision or proof of an uploaded file.</summary>
    private EntityEntry? Referrer(EntityEntry entry)
    {
        if (entry.Metadata.FindPrimaryKey() is not { } key || entry.Metadata.GetForeignKeys().Any())
        {
            return null;
        }

        _referrers ??= Referrers();
        return _referrers.GetValueOrDefault((entry.Metadata, KeyText(key.Properties.Select(p => entry.Property(p.Name).CurrentValue))));
    }

    private Dictionary<(IEntityType, string), EntityEntry> Referrers()
    {
        var referrers = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in tracker.Entries())
        {
            foreach (var foreignKey in entry.Metadata.GetForeignKeys().Where(f => !f.IsOwnership))
            {
                var values = foreignKey.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
                if (values.All(v => v is not null))
                {
                    referrers.TryAdd((foreignKey.PrincipalEntityType, KeyText(values)), entry);
                }
            }
        }

        return referrers;
    }

    private static bool Names(EntityEntry entry) =>
        entry.Entity is Project or Regions.Region || Has(entry, "ProjectId") || Has(entry, "RegionId");

    private static bool Has(EntityEntry entry, string property) =>
        entry.Metadata.FindProperty(property) is not null && entry.Property(property).CurrentValue is not null;

    private EntityEntry? Principal(EntityEntry entry)
    {
        // The owner, or else the first tracked record a set foreign key points to.
        var foreignKeys = entry.Metadata.FindOwnership() is { } ownership ? [ownership] : entry.Metadata.GetForeignKeys();
        foreach (var foreignKey in foreignKeys.Where(f => !f.PrincipalEntityType.IsPropertyBag))
        {
            var values = foreignKey.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
            if (values.All(v => v is not null))
            {
                _index ??= Index();
                if (_index.GetValueOrDefault((foreignKey.PrincipalEntityType, KeyText(values))) is { } principal)
                {
                    return principal;
                }
            }
        }

        return null;
    }

    private Dictionary<(IEntityType, string), EntityEntry> Index()
    {
        var index = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Metadata.FindPrimaryKey() is { } key)
            {
                index.TryAdd((entry.Metadata, KeyText(key.Properties.Select(p => entry.Property(p.Name).CurrentValue))), entry);
            }
        }

        return index;
    }

    private static string KeyText(IEnumerable<object?> values) => string.Join("/", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}
