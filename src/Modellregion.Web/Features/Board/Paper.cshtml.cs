using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Board;

public sealed class PaperModel(BoardQueries queries) : PageModel
{
    public PaperPage Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await queries.PaperAsync(id, includeInternal: false, cancellationToken) is not { } paper)
        {
            return NotFound();
        }

        Paper = paper;
        return Page();
    }
}
