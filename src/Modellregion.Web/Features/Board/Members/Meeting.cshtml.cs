using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Board.Members;

[Authorize]
public sealed class MeetingModel(BoardQueries queries, CurrentUser currentUser) : PageModel
{
    public MeetingPage Meeting { get; private set; } = null!;
    public bool PrintView { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? druck, CancellationToken cancellationToken)
    {
        if (await queries.MeetingAsync(id, includeInternal: true, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        if (!await queries.MaySeeInternalsAsync(meeting.BoardId, meeting.RegionId, User.FindFirstValue(ClaimTypes.NameIdentifier), permissions, cancellationToken))
        {
            return Forbid();
        }

        Meeting = meeting;
        PrintView = druck == "1";
        return Page();
    }
}
