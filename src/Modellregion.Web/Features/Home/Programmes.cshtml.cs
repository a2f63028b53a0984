using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Home;

public sealed class ProgrammesModel(ProgrammeQueries programmes) : PageModel
{
    public IReadOnlyList<ProgrammeSummary> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Programmes = await programmes.ListAsync(cancellationToken);
}
