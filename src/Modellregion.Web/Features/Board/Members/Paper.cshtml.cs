using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Board.Members;

[Authorize]
public sealed class PaperModel(BoardQueries queries, CurrentUser currentUser) : PageModel
{
    public PaperPage Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await queries.PaperAsync(id, includeInternal: true, cancellationToken) is not { } paper)
        {
            return NotFound();
        }

        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        if (!await queries.MaySeeInternalsAsync(paper.BoardId, paper.RegionId, User.FindFirstValue(ClaimTypes.NameIdentifier), permissions, cancellationToken))
        {
            return Forbid();
        }

        Paper = paper;
        return Page();
    }
}
