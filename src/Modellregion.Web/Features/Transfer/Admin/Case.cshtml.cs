using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class CaseModel(TransferCaseDesk desk, ManageTransferCase manage, EraseContactData erase, Microsoft.Extensions.Options.IOptions<TransferOptions> options) : BackOfficePageModel
{
    public CaseDetails Case { get; private set; } = null!;
    public MoveInput Move { get; set; } = new();
    public CaseWorkInput Work { get; set; } = new();
    public string? NoteText { get; set; }

    /// <summary>Whether this person works on the case (forms shown), from the use case.</summary>
    public bool MayManage { get; private set; }

    public int RetentionDays => options.Value.ContactRetentionDays;
    public IReadOnlyList<SelectListItem> Targets { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> CancelReasons { get; } =
        [.. TransferStages.CancelReasons.Select(r => new SelectListItem(r.Label, ((int)r.Reason).ToString(CultureInfo.InvariantCulture)))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await desk.OpenAsync(id, cancellationToken), view =>
        {
            Apply(view);
            Work = new CaseWorkInput { OwnerId = Case.OwnerId, NextStep = Case.Card.NextStep, NextStepDue = Case.Card.NextStepDue, Version = Case.Version };
            Move = new MoveInput { Version = Case.Version, ReusedSince = DateOnly.FromDateTime(DateTime.UtcNow) };
            return Page();
        });

    public async Task<IActionResult> OnPostMoveAsync(int id, [Bind(Prefix = "Move")] MoveInput move, CancellationToken cancellationToken)
    {
        var result = await manage.MoveAsync(id, move, ModelState.IsValid, cancellationToken);
        return Done(result, id, TransferTexts.Of("Admin.Case.TheStatusHasBeenChanged").Stored, "Move", () =>
        {
            Move = move;
            Work = new CaseWorkInput { OwnerId = Case.OwnerId, NextStep = Case.Card.NextStep, NextStepDue = Case.Card.NextStepDue, Version = Case.Version };
        });
    }

    public async Task<IActionResult> OnPostWorkAsync(int id, [Bind(Prefix = "Work")] CaseWorkInput work, CancellationToken cancellationToken)
    {
        var result = await manage.UpdateWorkAsync(id, work, ModelState.IsValid, cancellationToken);
        return Done(result, id, TransferTexts.Of("Admin.Case.ResponsibilityAndNextStepHaveBeen").Stored, "Work", () =>
        {
            Work = work;
            Move = new MoveInput { Version = Case.Version };
        });
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, string? noteText, CancellationToken cancellationToken)
    {
        NoteText = noteText;
        return Done(await manage.AddNoteAsync(id, noteText, cancellationToken), id, TransferTexts.Of("Admin.Case.TheNoteHasBeenSaved").Stored, "", KeepFormsAsLoaded);
    }

    /// <summary>On request of the person: erases the contact data of a closed case.</summary>
    public async Task<IActionResult> OnPostEraseAsync(int id, int version, CancellationToken cancellationToken) =>
        Done(await erase.EraseAsync(id, version, cancellationToken), id, TransferTexts.Of("Admin.Case.TheContactDetailsAndTheNeed").Stored, "Erase", KeepFormsAsLoaded);

    /// <summary>The move and work forms as the case stands, for a page shown again after another form.</summary>
    private void KeepFormsAsLoaded()
    {
        Move = new MoveInput { Version = Case.Version };
        Work = new CaseWorkInput { OwnerId = Case.OwnerId, NextStep = Case.Card.NextStep, NextStepDue = Case.Card.NextStepDue, Version = Case.Version };
    }

    private IActionResult Done(FormOutcome<CaseView> result, int id, string notice, string prefix, Action forms)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/transfer/faelle/{id}");
        }

        if (result.Form is not { } view)
        {
            return this.Show(result.Outcome, prefix);
        }

        Apply(view);
        forms();
        if (result.Outcome is Outcome.Invalid invalid && prefix.Length == 0)
        {
            foreach (var (_, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("NoteText", message);
                }
            }

            return this.Invalid();
        }

        return this.Show(result.Outcome, prefix);
    }

    private void Apply(CaseView view) => (Case, MayManage, Targets, Owners) = (view.Case, view.MayManage, view.Targets, view.Owners);
}
