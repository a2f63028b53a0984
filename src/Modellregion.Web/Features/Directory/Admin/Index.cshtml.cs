using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed class IndexModel(ListEditableOrganisations list) : BackOfficePageModel
{
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "seite")] public int PageNumber { get; set; } = 1;

    public Page<EditableOrganisationRow> Organisations { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await list.RunAsync(Query, PageNumber, cancellationToken), organisations =>
        {
            (Organisations, PageNumber) = (organisations, organisations.PageNumber);
            return Page();
        });
}
