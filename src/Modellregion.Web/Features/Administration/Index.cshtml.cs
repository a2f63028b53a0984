using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Administration;

public sealed class IndexModel(AppDbContext db) : BackOfficePageModel
{
    public Permissions Permissions { get; private set; } = Permissions.None;
    public int VisibleProjects { get; private set; }
    public IReadOnlyList<(string Role, string? Scope)> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Permissions = await PermissionsAsync();
        VisibleProjects = await Permissions.Visible(db.Projects).CountAsync(cancellationToken);
        var regionNames = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var projectIds = Permissions.Assignments.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value).ToList();
        var projectNames = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        Roles = [.. Permissions.Assignments.Select(a => (AppRoles.Label(a.Role),
            a.ProjectId is { } p ? projectNames.GetValueOrDefault(p) : a.RegionId is { } r ? regionNames.GetValueOrDefault(r) : null))];
    }
}
