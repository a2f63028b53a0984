using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

public sealed record AuditFilter(int? ProjectId = null, string? Person = null, DateOnly? From = null, DateOnly? To = null, AuditKind? Kind = null, int Page = 1);

public sealed record AuditChange(string Property, string? Before, string? After);

public sealed record AuditView(long Id, DateTime OccurredAt, string ActorName, AuditAction Action, string EntityType, string EntityId,
    int? ProjectId, string? ProjectTitle, AuditKind Kind, IReadOnlyList<AuditChange> Changes);

/// <summary>Reads the audit trail, limited to what the person may see.</summary>
public sealed class AuditQueries(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<Page<AuditView>> ListAsync(AuditFilter filter, Permissions permissions, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!permissions.ReadsEverything)
        {
            var projects = permissions.Visible(db.Projects).Select(p => (int?)p.Id);
            var regions = permissions.OfficeRegions.Concat(permissions.ReadRegions).Concat(permissions.AuthorityRegions).Select(r => (int?)r).ToList();
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

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-2);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
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
        var projectIds = rows.Where(r => r.ProjectId is not null).Select(r => r.ProjectId!.Value).Distinct().ToList();
        var titles = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var views = rows.Select(r => new AuditView(r.Id, r.OccurredAt, r.ActorName, r.Action, r.EntityType, r.EntityId, r.ProjectId,
            r.ProjectId is { } id ? titles.GetValueOrDefault(id) : null, r.Kind, Changes(r))).ToList();
        return new Page<AuditView>(views, page, PageSize, total);
    }

    private static List<AuditChange> Changes(AuditEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        return [.. before.Keys.Union(after.Keys)
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
            _ => p.Value.GetRawText(),
        });
    }
}
