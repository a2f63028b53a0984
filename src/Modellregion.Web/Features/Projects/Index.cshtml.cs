using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Projects;

public sealed class IndexModel(SearchProjects search) : PageModel
{
    [FromQuery(Name = "programm")] public string? Programme { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "feld")] public string? Field { get; set; }
    [FromQuery(Name = "thema")] public string? Topic { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "kommune")] public string? Municipality { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "sortierung")] public string? Sort { get; set; }
    [FromQuery(Name = "seite")] public string? PageNumber { get; set; }
    [FromQuery(Name = "geld")] public string? Money { get; set; }
    [FromQuery(Name = "beispiele")] public string? Examples { get; set; }

    public ProjectSearchResult Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await search.RunAsync(new ProjectFilter(Region, Field, Topic, Status, Municipality, Query, Sort, PageNumber, Programme, Money, Examples), cancellationToken);

    public string Link(int? page = null, string? sort = null) =>
        Url.Page("/Projects/Index", Result.Applied.ToRouteValues(page, sort)) ?? "/projekte";
}
