using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Administration;

/// <summary>
/// The start of the back office: the day's work of the signed-in person, as the features contribute it
/// (<see cref="IDashboardContribution"/>), grouped by section; then the roles and the links to every area.
/// </summary>
public sealed class IndexModel(AppDbContext db, IEnumerable<IDashboardContribution> contributions) : BackOfficePageModel
{
    public Permissions Permissions { get; private set; } = Permissions.None;
    public int VisibleProjects { get; private set; }
    public IReadOnlyList<(string Role, string? Scope)> Roles { get; private set; } = [];

    /// <summary>The dashboard's sections in order, each with its items in order.</summary>
    public IReadOnlyList<(string Section, IReadOnlyList<DashboardItem> Items)> Sections { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Permissions = await PermissionsAsync();
        Today = db.Today;
        VisibleProjects = await Permissions.Visible(db.Projects).CountAsync(cancellationToken);
        var regionNames = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var projectIds = Permissions.Assignments.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value).ToList();
        var projectNames = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        Roles = [.. Permissions.Assignments.Select(a => (AppRoles.Label(a.Role),
            a.ProjectId is { } p ? projectNames.GetValueOrDefault(p) : a.RegionId is { } r ? regionNames.GetValueOrDefault(r) : null))];
        if (!Permissions.CanUseBackOffice)
        {
            return;
        }

        // One after the other: the contributions share this request's database context.
        var context = new DashboardContext(Permissions, Today, db.UtcNow, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
        var items = new List<DashboardItem>();
        foreach (var contribution in contributions)
        {
            items.AddRange(await contribution.GetItemsAsync(context, cancellationToken));
        }

        Sections = [.. items.OrderBy(i => i.Order)
            .GroupBy(i => i.Section)
            .Select(g => (g.Key, (IReadOnlyList<DashboardItem>)[.. g]))];
    }
}
