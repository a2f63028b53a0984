using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.OpenData;

public sealed class IndexModel(OpenDataCatalogue catalogue) : PageModel
{
    public OpenDataCatalogue Catalogue => catalogue;

    public DateTime Updated { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Updated = await catalogue.UpdatedAsync(cancellationToken);
}
