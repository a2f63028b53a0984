using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

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
/// offers an action) and their scopes; the overview knows no feature.
/// </summary>
public sealed class BackOfficeOverview(AppDbContext db, CurrentUser currentUser, BackOfficeAreas areas, IEnumerable<IDashboardContribution> contributions)
{
    public async Task<Overview> RunAsync(CancellationToken cancellationToken = default)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var today = db.Today;
        var visibleProjects = await scopes.Visible(db.Projects).CountAsync(cancellationToken);
        var regionNames = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var projectIds = scopes.Assignments.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value).ToList();
        var projectNames = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        IReadOnlyList<(string, string?)> roles = [.. scopes.Assignments.Select(a => (AppRoles.Label(a.Role),
            a.ProjectId is { } p ? projectNames.GetValueOrDefault(p) : a.RegionId is { } r ? regionNames.GetValueOrDefault(r) : null))];
        var access = await areas.ForCurrentUserAsync(cancellationToken);
        if (!scopes.HasAnyRole)
        {
            return new Overview(access, today, visibleProjects, roles, []);
        }

        // One after the other: the contributions share this request's database context.
        var context = new DashboardContext(currentUser.Principal, scopes, today, db.UtcNow, currentUser.Id);
        var items = new List<DashboardItem>();
        foreach (var contribution in contributions)
        {
            items.AddRange(await contribution.GetItemsAsync(context, cancellationToken));
        }

        return new Overview(access, today, visibleProjects, roles, [.. items.OrderBy(i => i.Order)
            .GroupBy(i => i.Section)
            .Select(g => (g.Key, (IReadOnlyList<DashboardItem>)[.. g]))]);
    }
}
