using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Administration;

/// <summary>The start of the back office for one person: their roles, their day's work, the areas they may open.</summary>
public sealed record Overview(
    AreaAccess Areas,
    DateOnly Today,
    int VisibleProjects,
    IReadOnlyList<(string Role, string? Scope)> Roles,
    IReadOnlyList<(string Section, IReadOnlyList<DashboardItem> Items)> Sections);

/// <summary>
/// Builds the overview at <c>/verwaltung</c>: open to everyone signed in (without a role it says whom to ask). The
/// features' <see cref="IDashboardContribution"/>s receive the person (to ask the authorization service where an item
/// offers an action) and their scopes; the overview knows no feature. The items of one person are kept for the
/// minute (<see cref="PublicCache"/>: every saved change, a change of roles included, computes them afresh), so that
/// coming back to the start page or reloading it does not count the whole programme again.
/// </summary>
public sealed class BackOfficeOverview(AppDbContext db, CurrentUser currentUser, BackOfficeAreas areas, IEnumerable<IDashboardContribution> contributions, PublicCache cache)
{
    public async Task<Overview> RunAsync(CancellationToken cancellationToken = default)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var today = db.Today;
        var visibleProjects = await scopes.Visible(db.Projects).CountAsync(cancellationToken);
        var regionIds = scopes.Assignments.Where(a => a.RegionId is not null).Select(a => a.RegionId!.Value).Distinct().ToList();
        Dictionary<int, string> regionNames = regionIds.Count == 0 ? [] : await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Name }).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var projectIds = scopes.Assignments.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value).Distinct().ToList();
        Dictionary<int, string> projectNames = projectIds.Count == 0 ? [] : await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title }).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        IReadOnlyList<(string, string?)> roles = [.. scopes.Assignments.Select(a => (AppRoles.Label(a.Role),
            a.ProjectId is { } p ? projectNames.GetValueOrDefault(p) : a.RegionId is { } r ? regionNames.GetValueOrDefault(r) : null))];
        var access = await areas.ForCurrentUserAsync(cancellationToken);
        if (!scopes.HasAnyRole)
        {
            return new Overview(access, today, visibleProjects, roles, []);
        }

        var now = db.UtcNow;
        var context = new DashboardContext(currentUser.Principal, scopes, today, now, currentUser.Id);
        // Stamped with the minute: at its turn one request counts afresh while the person's other requests still see
        // the last minute's items (never those from before a saved change).
        var minute = (now.Ticks / TimeSpan.TicksPerMinute).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var items = await cache.GetOrCreateAsync($"dashboard:{currentUser.Id}", async () =>
        {
            // One after the other: the contributions share this request's database context.
            var all = new List<DashboardItem>();
            foreach (var contribution in contributions)
            {
                all.AddRange(await contribution.GetItemsAsync(context, cancellationToken));
            }

            return all;
        }, minute);

        return new Overview(access, today, visibleProjects, roles, [.. items.OrderBy(i => i.Order)
            .GroupBy(i => i.Section)
            .Select(g => (g.Key, (IReadOnlyList<DashboardItem>)[.. g]))]);
    }
}
