using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class BoardsModel(BoardLists lists, ManageBoards manage) : BackOfficePageModel
{
    [BindProperty]
    public BoardInput Input { get; set; } = new();

    public IReadOnlyList<BoardRow> Boards { get; private set; } = [];

    /// <summary>Regions without a Digitalboard yet.</summary>
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public bool MayCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "region")] string? region, CancellationToken cancellationToken) =>
        this.Show(await lists.OpenAsync(region, cancellationToken), list =>
        {
            Apply(list);
            Input.RegionId = list.RegionId;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await manage.CreateBoardAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = BoardTexts.Of("Admin.Boards.TheDigitalboardHasBeenCreatedIts").Stored;
            return Redirect($"/verwaltung/digitalboard/gremien/{saved.Id}");
        }

        if (result.Form is { } list)
        {
            Apply(list);
        }

        return this.Show(result.Outcome);
    }

    private void Apply(BoardList list) => (Boards, Regions, MayCreate) = (list.Boards, list.Regions, list.MayCreate);
}
