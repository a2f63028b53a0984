using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>
/// The open deadlines a person sees (the regions whose funding they see, and the projects they lead): overdue, due soon
/// and waiting for the check — or, with a selection in the address (<see cref="DeadlineFilter"/>), exactly the
/// deadlines a count on the dashboard stands for.
/// </summary>
public sealed class DeadlinesModel(FundingOverviews overviews) : BackOfficePageModel
{
    [FromQuery(Name = "region")] public string? Region { get; set; }

    [FromQuery(Name = "ueberfaellig")] public int OverduePage { get; set; } = 1;

    [FromQuery(Name = "bald")] public int DueSoonPage { get; set; } = 1;

    [FromQuery(Name = "pruefung")] public int WaitingPage { get; set; } = 1;

    [FromQuery(Name = "art")] public string? Kind { get; set; }

    [FromQuery(Name = "stand")] public string? State { get; set; }

    [FromQuery(Name = "tage")] public string? Days { get; set; }

    [FromQuery(Name = "projekt")] public string? Project { get; set; }

    [FromQuery(Name = "seite")] public int FilteredPage { get; set; } = 1;

    public RegionScope Scope { get; private set; } = null!;
    public DeadlineBoard Board { get; private set; } = null!;

    public DeadlineFilter Filter { get; private set; } = new();

    /// <summary>A value in the address was not understood and is ignored.</summary>
    public bool UnknownFilter { get; private set; }

    /// <summary>The deadlines of the selection (when <see cref="Filter"/> is not empty).</summary>
    public IReadOnlyList<Deadline> Filtered { get; private set; } = [];

    /// <summary>The title of the project the selection is limited to.</summary>
    public string? ProjectTitle { get; private set; }

    public bool SeesReminderFailures { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await overviews.DeadlinesAsync(Region, Kind, State, Days, Project, cancellationToken), view =>
        {
            (Scope, Board, Filter, UnknownFilter, Filtered, ProjectTitle, SeesReminderFailures) = view;
            return Page();
        });

    /// <summary>The address of this page with one table turned to another page, the others kept.</summary>
    public string Link(string table, int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["region"] = Scope.Selected,
            ["ueberfaellig"] = table == "ueberfaellig" ? Pages(page) : Pages(OverduePage),
            ["bald"] = table == "bald" ? Pages(page) : Pages(DueSoonPage),
            ["pruefung"] = table == "pruefung" ? Pages(page) : Pages(WaitingPage),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/verwaltung/fristen", query.Where(q => q.Value is not null)!) + "#" + table;
    }

    /// <summary>The address of the selection turned to another page.</summary>
    public string FilteredLink(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Filter.Href(Scope.Selected), "seite", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "#auswahl";

    private static string? Pages(int page) => page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
