using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class MeetingCreateModel(CreateMeeting create) : BackOfficePageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public string BoardName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int boardId, CancellationToken cancellationToken) =>
        this.Show(await create.OpenAsync(boardId, cancellationToken), form =>
        {
            BoardName = form.BoardName;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int boardId, CancellationToken cancellationToken)
    {
        var result = await create.RunAsync(boardId, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = BoardTexts.Of("Admin.MeetingCreate.TheMeetingHasBeenCreated").Stored;
            return Redirect($"/verwaltung/digitalboard/sitzungen/{saved.Id}");
        }

        BoardName = result.Form?.BoardName ?? "";
        return this.Show(result.Outcome);
    }
}
