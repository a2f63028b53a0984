using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class DeadlinesModel(AppDbContext db, Deadlines deadlines) : BackOfficePageModel
{
    [FromQuery(Name = "region")] public string? Region { get; set; }

    [FromQuery(Name = "ueberfaellig")] public int OverduePage { get; set; } = 1;

    [FromQuery(Name = "bald")] public int DueSoonPage { get; set; } = 1;

    [FromQuery(Name = "pruefung")] public int WaitingPage { get; set; } = 1;

    public RegionScope Scope { get; private set; } = null!;
    public DeadlineBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.SeesFunding)
        {
            return Forbid();
        }

        Scope = await RegionScope.ResolveAsync(db, permissions, Region, cancellationToken);
        Board = await deadlines.BoardAsync(Scope.RegionIds, DateOnly.FromDateTime(Formatting.ToBerlin(db.UtcNow)), cancellationToken);
        return Page();
    }

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

        static string? Pages(int page) => page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
