using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Board;

public sealed class MeetingModel(BoardQueries queries) : PageModel
{
    public MeetingPage Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await queries.MeetingAsync(id, includeInternal: false, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        return Page();
    }
}
