using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Board;

public sealed class IndexModel(BoardQueries queries) : PageModel
{
    public BoardPage Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (await queries.BoardAsync(slug, cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        return Page();
    }
}
