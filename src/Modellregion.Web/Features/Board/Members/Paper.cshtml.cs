using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Members;

[Authorize]
public sealed class PaperModel(MembersArea area) : PageModel
{
    public PaperPage Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await area.PaperAsync(id, cancellationToken), paper =>
        {
            Paper = paper;
            return Page();
        });
}
