using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

/// <summary>The office records the resolution on an agenda item: attendance, conflicts of interest, tally and result.</summary>
public sealed class ResolutionModel(ResolutionForms forms, RecordResolution record) : BackOfficePageModel
{
    [BindProperty]
    public ResolutionInput Input { get; set; } = new();

    public int MeetingId { get; private set; }
    public string MeetingName { get; private set; } = "";
    public string ItemNumber { get; private set; } = "";
    public string ItemTitle { get; private set; } = "";
    public IReadOnlyList<SeatOption> Members { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await forms.OpenAsync(id, cancellationToken), form =>
        {
            Apply(form);
            Input = form.Input;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await record.RunAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = BoardTexts.Of("Admin.Resolution.TheResolutionHasBeenSaved").Stored;
            return Redirect($"/verwaltung/digitalboard/sitzungen/{saved.Id}");
        }

        if (result.Form is { } form)
        {
            Apply(form);
        }

        return this.Show(result.Outcome);
    }

    private void Apply(ResolutionForm form) =>
        (MeetingId, MeetingName, ItemNumber, ItemTitle, Members, Projects) = (form.MeetingId, form.MeetingName, form.ItemNumber, form.ItemTitle, form.Members, form.Projects);
}
