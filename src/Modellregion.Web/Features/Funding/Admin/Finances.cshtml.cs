using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class FinancesModel(FundingOverviews overviews) : BackOfficePageModel
{
    [FromQuery(Name = "region")] public string? Region { get; set; }

    public RegionScope Scope { get; private set; } = null!;
    public IReadOnlyList<RegionMoney> Regions { get; private set; } = [];
    public MoneyTotals Total { get; private set; } = MoneyTotals.Zero;
    public IReadOnlyList<MoneyPoint> Timeline { get; private set; } = [];

    /// <summary>Total and chart leave out the example data (training region) listed in the table.</summary>
    public bool ExcludesExamples { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await overviews.FinancesAsync(Region, cancellationToken), view =>
        {
            Scope = view.Scope;
            (Regions, Total, Timeline, ExcludesExamples) = (view.Money.Regions, view.Money.Total, view.Money.Timeline, view.Money.ExcludesExamples);
            return Page();
        });
}
