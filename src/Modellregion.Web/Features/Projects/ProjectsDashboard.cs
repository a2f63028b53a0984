using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

/// <summary>The portfolio by stage for those who read it (readers, granting authority, administration): one grouped count.</summary>
public sealed class ProjectsDashboard(AppDbContext db, IAuthorizationService authorization) : IDashboardContribution
{
    public async Task<IReadOnlyList<DashboardItem>> GetItemsAsync(DashboardContext context, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(context.User, RegionResource.Any, ProjectsOperations.ViewPortfolio))
        {
            return [];
        }

        var counts = await context.Scopes.Visible(db.Projects.AsNoTracking())
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return [.. ProjectStatuses.All
            .Where(s => counts.GetValueOrDefault(s.Status) > 0)
            .Select((s, i) => DashboardItem.Counted("Portfolio", 600 + i, counts[s.Status], "{0} Projekt im Stand „{1}“", "{0} Projekte im Stand „{1}“",
                $"/verwaltung/projekte?status={s.Slug}", DashboardSeverity.Info, s.Label))];
    }
}
