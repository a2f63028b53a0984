using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Administration;

/// <summary>
/// The start of the back office: the day's work of the signed-in person, as the features contribute it
/// (<see cref="IDashboardContribution"/>), grouped by section; then the roles and the links to every area.
/// </summary>
public sealed class IndexModel(BackOfficeOverview overview) : BackOfficePageModel
{
    public AreaAccess Areas { get; private set; } = AreaAccess.None;
    public int VisibleProjects { get; private set; }
    public IReadOnlyList<(string Role, string? Scope)> Roles { get; private set; } = [];

    /// <summary>The dashboard's sections in order, each with its items in order.</summary>
    public IReadOnlyList<(string Section, IReadOnlyList<DashboardItem> Items)> Sections { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await overview.RunAsync(cancellationToken);
        (Areas, Today, VisibleProjects, Roles, Sections) = (view.Areas, view.Today, view.VisibleProjects, view.Roles, view.Sections);
    }
}
