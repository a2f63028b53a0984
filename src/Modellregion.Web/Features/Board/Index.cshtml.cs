using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Board;

public sealed class IndexModel(BoardQueries queries) : PageModel
{
    /// <summary>The board shown; null only at <c>/digitalboard</c> of an installation without any board yet.</summary>
    public BoardPage? Board { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (await queries.BoardAsync(slug, cancellationToken) is not { } board)
        {
            return slug is null ? Page() : NotFound();
        }

        Board = board;
        return Page();
    }
}
