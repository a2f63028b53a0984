using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Board.Members;

/// <summary>
/// The members' area: a member sees the meetings and all papers (non-public included) of the boards he holds a
/// seat on; the project office and read-only roles see those of their regions.
/// </summary>
[Authorize]
public sealed class IndexModel(BoardQueries queries, AppDbContext db, CurrentUser currentUser) : PageModel
{
    public IReadOnlyList<int> BoardIds { get; private set; } = [];
    public IReadOnlyList<MeetingCard> Meetings { get; private set; } = [];
    public IReadOnlyList<PaperCard> Papers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var seats = await queries.BoardsOfMemberAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        var regions = await db.Boards.AsNoTracking().Where(b => b.DeletedAt == null).Select(b => new { b.Id, b.RegionId }).ToListAsync(cancellationToken);
        BoardIds = [.. regions.Where(b => seats.Contains(b.Id) || permissions.CanViewBoardInternals(b.RegionId)).Select(b => b.Id)];
        if (BoardIds.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Meetings = await queries.MeetingsOfBoardsAsync(BoardIds, cancellationToken);
        Papers = await queries.PapersOfBoardsAsync(BoardIds, cancellationToken);
        return Page();
    }
}
