using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class PaperCreateModel(ManagePapers papers) : BackOfficePageModel
{
    [BindProperty]
    public PaperInput Input { get; set; } = new() { Date = DateOnly.FromDateTime(DateTime.UtcNow) };

    public PaperFormOptions Options { get; private set; } = null!;

    public string BoardName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int boardId, CancellationToken cancellationToken) =>
        this.Show(await papers.OpenNewAsync(boardId, cancellationToken), form =>
        {
            (Options, BoardName) = (form.Options, form.BoardName);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int boardId, CancellationToken cancellationToken)
    {
        var result = await papers.CreateAsync(boardId, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = BoardTexts.Of("Admin.PaperCreate.ThePaperHasBeenCreatedNow").Stored;
            return Redirect($"/verwaltung/digitalboard/vorlagen/{saved.Id}");
        }

        if (result.Form is { } form)
        {
            (Options, BoardName) = (form.Options, form.BoardName);
        }

        return this.Show(result.Outcome);
    }
}
