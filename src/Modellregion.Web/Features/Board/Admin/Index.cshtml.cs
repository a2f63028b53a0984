using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class IndexModel(BoardLists lists, ManageBoards manageBoards) : BackOfficePageModel
{
    public IReadOnlyList<ManagedBoard> Boards { get; private set; } = [];

    public WorkingGroupInput Group { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await lists.ManagedAsync(cancellationToken), boards =>
        {
            Boards = boards.Boards;
            return Page();
        });

    public async Task<IActionResult> OnPostWorkingGroupAsync(int boardId, [Bind(Prefix = "Group")] WorkingGroupInput group, CancellationToken cancellationToken)
    {
        Group = group;
        var result = await manageBoards.CreateWorkingGroupAsync(boardId, group, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = BoardTexts.Of("Admin.Index.TheWorkingGroupHasBeenCreated").Stored;
            return Redirect("/verwaltung/digitalboard");
        }

        if (result.Form is { } form)
        {
            Boards = form.Boards;
        }

        return this.Show(result.Outcome, "Group");
    }
}
