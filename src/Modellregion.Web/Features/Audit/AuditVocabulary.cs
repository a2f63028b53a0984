using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Audit;

/// <summary>
/// A feature's words for the audit trail: German names of its records and fields, and which kind of change
/// (money, decision, status …) a change of its records is. Each feature keeps one subclass in its folder
/// (<c>XxxAuditVocabulary</c>). The trail is written by the data layer, also where no service container exists
/// (command line, design time), so the vocabularies are found in the assembly like the entity configurations;
/// a deleted feature takes its words with it. The audit knows no feature's types.
/// </summary>
public abstract class AuditVocabulary
{
    private static readonly Lazy<IReadOnlyList<AuditVocabulary>> Found = new(() =>
    [
        .. typeof(AuditVocabulary).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(AuditVocabulary)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (AuditVocabulary)Activator.CreateInstance(t, nonPublic: true)!),
    ]);

    /// <summary>Every feature's vocabulary compiled into the app.</summary>
    public static IReadOnlyList<AuditVocabulary> All => Found.Value;

    /// <summary>Record types (class name, or "Owner.Navigation" for owned records) and their German names.</summary>
    public virtual IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>();

    /// <summary>Field names and their German labels.</summary>
    public virtual IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>();

    /// <summary>German labels of the feature's enumerations that its audited records hold.</summary>
    public virtual IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>();

    /// <summary>Fields that hold the key of another record (field → kind of record), shown by that record's name.</summary>
    public virtual IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>();

    /// <summary>The names of the feature's records of <paramref name="kind"/> with these keys, or null if the kind is not the feature's.</summary>
    public virtual IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) => null;

    /// <summary>
    /// The kind of a change to one of the feature's records, or null to leave it to the general rules (a changed
    /// amount is money, anything else content). <paramref name="root"/> is the record at the top of an ownership
    /// chain (a grant decision for the lines of its plan).
    /// </summary>
    public virtual AuditKind? KindOf(EntityEntry entry, Type root, JsonObject? after) => null;
}

/// <summary>A record's key and the name the audit viewer shows for it.</summary>
public sealed record AuditName(int Id, string Name);
