using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Board.Members;

/// <summary>
/// The members' area: a member sees the meetings and all papers (non-public included) of the boards he holds a
/// seat on; the project office and read-only roles see those of their regions.
/// </summary>
[Authorize]
public sealed class IndexModel(MembersArea area) : PageModel
{
    public IReadOnlyList<int> BoardIds { get; private set; } = [];
    public IReadOnlyList<MeetingCard> Meetings { get; private set; } = [];
    public IReadOnlyList<PaperCard> Papers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (BoardIds, Meetings, Papers) = await area.OverviewAsync(cancellationToken);
        if (BoardIds.Count == 0)
        {
            // Signed in without a seat: the page explains how to get one.
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }
}
