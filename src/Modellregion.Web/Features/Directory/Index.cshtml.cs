using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Directory;

public sealed class IndexModel(OrganisationQueries organisations) : PageModel
{
    [FromQuery(Name = "typ")] public string? Type { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "seite")] public string? PageNumber { get; set; }

    public OrganisationList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await organisations.ListAsync(new OrganisationFilter(Type, Region, Query, PageNumber), cancellationToken);
}
