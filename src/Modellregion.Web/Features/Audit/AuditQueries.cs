using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

public sealed record AuditFilter(int? ProjectId = null, string? Person = null, DateOnly? From = null, DateOnly? To = null, AuditKind? Kind = null, int Page = 1);

public sealed record AuditChange(string Property, string? Before, string? After);

public sealed record AuditView(long Id, DateTime OccurredAt, string ActorName, AuditAction Action, string EntityType, string EntityId,
    int? ProjectId, string? ProjectTitle, AuditKind Kind, IReadOnlyList<AuditChange> Changes)
{
    /// <summary>The id of the request the change was made in (ADR 0028); shown to administrators only, else null.</summary>
    public string? RequestId { get; init; }
}

/// <summary>Reads the audit trail, limited to what the person may see.</summary>
public sealed class AuditQueries(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public const int PageSize = 50;

    /// <summary>The audit viewer: the gate (<see cref="AuditOperations.View"/>), then the entries this person may see.</summary>
    public async Task<Result<Page<AuditView>>> ViewAsync(AuditFilter filter, CancellationToken cancellationToken = default) =>
        await authorization.AllowsAsync(currentUser.Principal, null, AuditOperations.View)
            ? await ListAsync(filter, await currentUser.ScopesAsync(cancellationToken), cancellationToken)
            : new Outcome.Forbidden();

    /// <summary>
    /// The entries someone with <paramref name="scopes"/> may see: all for those who read everything, else those of
    /// the projects they see and of their regions. The caller has passed its own gate (the viewer, a project's history).
    /// </summary>
    public async Task<Page<AuditView>> ListAsync(AuditFilter filter, Scopes scopes, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!scopes.ReadsEverything)
        {
            var projects = scopes.Visible(db.Projects).Select(p => (int?)p.Id);
            var regions = scopes.ViewRegions.Select(r => (int?)r).ToList();
            entries = entries.Where(a => projects.Contains(a.ProjectId) || regions.Contains(a.RegionId));
        }

        if (filter.ProjectId is { } projectId)
        {
            entries = entries.Where(a => a.ProjectId == projectId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var pattern = "%" + filter.Person.Trim().ToLowerInvariant() + "%";
            entries = entries.Where(a => EF.Functions.Like(a.ActorName.ToLower(), pattern));
        }

        // The dates are days in Berlin: from its first to its last moment there. Dates outside any plausible
        // record (before 1900, after 2999) restrict nothing.
        if (filter.From is { Year: >= 1900 and <= 2999 } from)
        {
            var start = BerlinMidnightUtc(from);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (filter.To is { Year: >= 1900 and <= 2999 } to)
        {
            var end = BerlinMidnightUtc(to.AddDays(1));
            entries = entries.Where(a => a.OccurredAt < end);
        }

        if (filter.Kind is { } kind)
        {
            entries = entries.Where(a => a.Kind == kind);
        }

        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var changes = rows.ToDictionary(r => r.Id, Changes);
        var names = await ReferenceNamesAsync(rows, changes, cancellationToken);
        var views = rows.Select(r => new AuditView(r.Id, r.OccurredAt, r.ActorName, r.Action, r.EntityType, r.EntityId, r.ProjectId,
            r.ProjectId is { } id ? names.GetValueOrDefault(("ProjectId", id)) : null, r.Kind,
            [.. changes[r.Id].Select(c => c with { Before = Show(r.EntityType, c.Property, c.Before, names), After = Show(r.EntityType, c.Property, c.After, names) })])
        {
            // The request id leads to the logs of that request: for administrators, who run the installation.
            RequestId = scopes.IsAdministrator ? r.RequestId : null,
        }).ToList();
        return new Page<AuditView>(views, page, PageSize, total);
    }

    private static DateTime BerlinMidnightUtc(DateOnly day) => Formatting.BerlinToUtc(day, TimeOnly.MinValue);

    /// <summary>Fields that hold the key of another record, shown by that record's name (from every feature's vocabulary).</summary>
    private static readonly Lazy<Dictionary<string, string>> AllReferences = new(() =>
        AuditVocabulary.All.SelectMany(v => v.References).DistinctBy(r => r.Key).ToDictionary(r => r.Key, r => r.Value));

    private static Dictionary<string, string> References => AllReferences.Value;

    private async Task<Dictionary<(string Property, int Id), string>> ReferenceNamesAsync(
        List<AuditEntry> rows, Dictionary<long, List<AuditChange>> changes, CancellationToken cancellationToken)
    {
        var wanted = changes.Values.SelectMany(c => c)
            .Where(c => References.ContainsKey(c.Property))
            .SelectMany(c => new[] { c.Before, c.After })
            .Select(v => int.TryParse(v, out var id) ? id : (int?)null)
            .OfType<int>().ToHashSet();
        wanted.UnionWith(rows.Where(r => r.ProjectId is not null).Select(r => r.ProjectId!.Value));
        var ids = wanted.ToList();

        // The kinds of records named in this page's changes, each loaded with one query; projects always (headings).
        var kinds = changes.Values.SelectMany(c => c).Select(c => References.GetValueOrDefault(c.Property)).OfType<string>().Append("Project").ToHashSet();
        var byKind = new Dictionary<string, Dictionary<int, string>>();
        foreach (var kind in kinds)
        {
            var query = AuditVocabulary.All.Select(v => v.Names(db, kind, ids)).FirstOrDefault(q => q is not null);
            byKind[kind] = query is null ? [] : await query.ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        }

        var names = new Dictionary<(string, int), string>();
        foreach (var (property, kind) in References)
        {
            if (byKind.TryGetValue(kind, out var found))
            {
                foreach (var (id, name) in found)
                {
                    names[(property, id)] = name;
                }
            }
        }

        return names;
    }

    /// <summary>German labels of the enumerations the audited records hold (from every feature's vocabulary).</summary>
    private static readonly Lazy<Dictionary<Type, Func<Enum, string>>> AllEnumLabels = new(() =>
        AuditVocabulary.All.SelectMany(v => v.EnumLabels).DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Value));

    private static Dictionary<Type, Func<Enum, string>> EnumLabels => AllEnumLabels.Value;

    /// <summary>The enumeration type of each audited field, from the model: (record type, field) → type.</summary>
    private Dictionary<(string EntityType, string Property), Type> EnumTypes() => _enumTypes ??= AuditRecorder.AuditedFields(db.Model)
        .Select(f => (f.EntityType, f.Property, Type: db.Model.GetEntityTypes().Where(t => AuditRecorder.EntityTypeName(t) == f.EntityType)
            .Select(t => t.FindProperty(f.Property)?.ClrType).FirstOrDefault(c => c is not null)))
        .Where(f => f.Type is not null && (Nullable.GetUnderlyingType(f.Type) ?? f.Type).IsEnum && EnumLabels.ContainsKey(Nullable.GetUnderlyingType(f.Type) ?? f.Type))
        .DistinctBy(f => (f.EntityType, f.Property))
        .ToDictionary(f => (f.EntityType, f.Property), f => Nullable.GetUnderlyingType(f.Type!) ?? f.Type!);

    private static Dictionary<(string EntityType, string Property), Type>? _enumTypes;

    /// <summary>A stored value as people read it: names for keys and enumerations, German dates and times, yes/no.</summary>
    private string? Show(string entityType, string property, string? value, Dictionary<(string Property, int Id), string> names)
    {
        if (value is null)
        {
            return null;
        }

        if (EnumTypes().TryGetValue((entityType, property), out var enumType) && Enum.TryParse(enumType, value, out var parsed) && Enum.IsDefined(enumType, parsed))
        {
            return EnumLabels[enumType]((Enum)parsed);
        }

        if (References.ContainsKey(property) && int.TryParse(value, out var id))
        {
            return names.GetValueOrDefault((property, id), value);
        }

        return value switch
        {
            "true" => "ja",
            "false" => "nein",
            _ when value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Formatting.Date(date),
            _ when value.Length > 19 && value[10] == 'T' && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) => Formatting.Timestamp(time),
            _ => value,
        };
    }

    private static List<AuditChange> Changes(AuditEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        return [.. before.Keys.Union(after.Keys)
            .Where(key => !AuditLabels.IsHidden(key))
            .Select(key => new AuditChange(key, before.GetValueOrDefault(key), after.GetValueOrDefault(key)))];
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => p.Value.GetString(),

            // Amounts are the numbers with decimals; keys and counts stay as they are.
            JsonValueKind.Number when p.Value.GetRawText().Contains('.', StringComparison.Ordinal) => p.Value.GetDecimal().ToString("#,##0.00", Formatting.German),
            _ => p.Value.GetRawText(),
        });
    }
}
