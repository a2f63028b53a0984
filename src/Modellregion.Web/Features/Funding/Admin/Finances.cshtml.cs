using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class FinancesModel(AppDbContext db, MoneyOverview money) : BackOfficePageModel
{
    [FromQuery(Name = "region")] public string? Region { get; set; }

    public RegionScope Scope { get; private set; } = null!;
    public IReadOnlyList<RegionMoney> Regions { get; private set; } = [];
    public MoneyTotals Total { get; private set; } = MoneyTotals.Zero;
    public IReadOnlyList<MoneyPoint> Timeline { get; private set; } = [];

    /// <summary>Total and chart leave out the example data (training region) listed in the table.</summary>
    public bool ExcludesExamples { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.SeesFunding)
        {
            return Forbid();
        }

        Scope = await RegionScope.ResolveAsync(db, permissions, Region, cancellationToken);
        var programme = await money.ProgrammeAsync(Scope.RegionIds, db.Today, cancellationToken);
        (Regions, Total, Timeline, ExcludesExamples) = (programme.Regions, programme.Total, programme.Timeline, programme.ExcludesExamples);
        return Page();
    }
}
