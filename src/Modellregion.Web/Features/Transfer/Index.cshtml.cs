using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Transfer;

public sealed class IndexModel(SearchSolutions search, ReuseFigures figures) : PageModel
{
    [FromQuery(Name = "programm")] public string? Programme { get; set; }
    [FromQuery(Name = "art")] public string? Kind { get; set; }
    [FromQuery(Name = "thema")] public string? Topic { get; set; }
    [FromQuery(Name = "reife")] public string? Maturity { get; set; }
    [FromQuery(Name = "lizenz")] public string? Licence { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "sortierung")] public string? Sort { get; set; }
    [FromQuery(Name = "seite")] public string? PageNumber { get; set; }

    public SolutionSearchResult Result { get; private set; } = null!;
    public TransferFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await search.RunAsync(new SolutionFilter(Kind, Topic, Maturity, Licence, Region, Query, Sort, PageNumber, Programme), cancellationToken);
        Figures = await figures.ComputeAsync(cancellationToken);
    }

    public string Link(int? page = null) => Url.Page("/Transfer/Index", Result.Applied.ToRouteValues(page)) ?? "/loesungen";
}
