using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Members;

[Authorize]
public sealed class MeetingModel(MembersArea area) : PageModel
{
    public MeetingPage Meeting { get; private set; } = null!;
    public bool PrintView { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? druck, CancellationToken cancellationToken) =>
        this.Show(await area.MeetingAsync(id, cancellationToken), meeting =>
        {
            Meeting = meeting;
            PrintView = druck == "1";
            return Page();
        });
}
