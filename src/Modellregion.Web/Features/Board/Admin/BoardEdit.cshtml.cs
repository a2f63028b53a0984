using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class BoardEditModel(ManageBoards manage) : BackOfficePageModel
{
    [BindProperty]
    public BoardInput Input { get; set; } = new();

    public int BoardId { get; private set; }
    public string BoardName { get; private set; } = "";
    public string BoardSlug { get; private set; } = "";
    public string RegionName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await manage.OpenAsync(id, cancellationToken), form =>
        {
            Apply(form);
            Input = form.Input;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await manage.UpdateBoardAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = BoardTexts.Of("Admin.BoardEdit.TheBoardHasBeenSaved").Stored;
            return Redirect($"/verwaltung/digitalboard/gremien/{id}");
        }

        if (result.Form is { } form)
        {
            Apply(form);
        }

        return this.Show(result.Outcome);
    }

    private void Apply(BoardForm form) => (BoardId, BoardName, BoardSlug, RegionName) = (form.BoardId, form.BoardName, form.BoardSlug, form.RegionName);
}
