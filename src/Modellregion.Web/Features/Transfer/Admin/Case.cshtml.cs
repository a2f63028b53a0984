using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class CaseModel(TransferCaseQueries cases, ManageTransferCase manage, EraseContactData erase, Microsoft.Extensions.Options.IOptions<TransferOptions> options) : BackOfficePageModel
{
    public CaseDetails Case { get; private set; } = null!;
    public MoveInput Move { get; set; } = new();
    public CaseWorkInput Work { get; set; } = new();
    public string? NoteText { get; set; }
    public bool CanManage { get; private set; }
    public int RetentionDays => options.Value.ContactRetentionDays;
    public IReadOnlyList<SelectListItem> Targets { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> CancelReasons { get; } =
        [.. TransferStages.CancelReasons.Select(r => new SelectListItem(r.Label, ((int)r.Reason).ToString(CultureInfo.InvariantCulture)))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Work = new CaseWorkInput { OwnerId = Case.OwnerId, NextStep = Case.Card.NextStep, NextStepDue = Case.Card.NextStepDue, Version = Case.Version };
        Move = new MoveInput { Version = Case.Version, ReusedSince = DateOnly.FromDateTime(DateTime.UtcNow) };
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, [Bind(Prefix = "Move")] MoveInput move, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, manage: true) is { } denied)
        {
            return denied;
        }

        Move = move;
        Work = new CaseWorkInput { OwnerId = Case.OwnerId, NextStep = Case.Card.NextStep, NextStepDue = Case.Card.NextStepDue, Version = Case.Version };
        return ModelState.IsValid ? await DoneAsync(await manage.MoveAsync(id, move, cancellationToken), id, "Der Stand wurde geändert.", "Move") : this.Invalid();
    }

    public async Task<IActionResult> OnPostWorkAsync(int id, [Bind(Prefix = "Work")] CaseWorkInput work, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, manage: true) is { } denied)
        {
            return denied;
        }

        Work = work;
        Move = new MoveInput { Version = Case.Version };
        return ModelState.IsValid ? await DoneAsync(await manage.UpdateWorkAsync(id, work, cancellationToken), id, "Zuständigkeit und nächster Schritt wurden gespeichert.", "Work") : this.Invalid();
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, string? noteText, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, manage: true) is { } denied)
        {
            return denied;
        }

        NoteText = noteText;
        KeepFormsAsLoaded();
        return await DoneAsync(await manage.AddNoteAsync(id, noteText, cancellationToken), id, "Die Notiz wurde gespeichert.", "");
    }

    /// <summary>On request of the person: erases the contact data of a closed case.</summary>
    public async Task<IActionResult> OnPostEraseAsync(int id, int version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, manage: true) is { } denied)
        {
            return denied;
        }

        KeepFormsAsLoaded();
        return await DoneAsync(await erase.EraseAsync(id, version, cancellationToken), id, "Die Kontaktdaten und der Bedarf wurden gelöscht.", "Erase");
    }

    /// <summary>The move and work forms as the case stands, for a page shown again after another form.</summary>
    private void KeepFormsAsLoaded()
    {
        Move = new MoveInput { Version = Case.Version };
        Work = new CaseWorkInput { OwnerId = Case.OwnerId, NextStep = Case.Card.NextStep, NextStepDue = Case.Card.NextStepDue, Version = Case.Version };
    }

    private Task<IActionResult> DoneAsync(Outcome outcome, int id, string notice, string prefix)
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Task.FromResult<IActionResult>(Redirect($"/verwaltung/transfer/faelle/{id}"));
        }

        if (outcome is Outcome.Invalid invalid && prefix.Length == 0)
        {
            foreach (var (_, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("NoteText", message);
                }
            }

            return Task.FromResult(this.Invalid());
        }

        return Task.FromResult(this.Show(outcome, prefix));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken, bool manage = false)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanViewTransfer)
        {
            return Forbid();
        }

        if (await cases.GetAsync(id, cancellationToken) is not { } details)
        {
            return await cases.ExistsAsync(id, cancellationToken) ? Forbid() : NotFound();
        }

        Case = details;
        CanManage = permissions.CanManageTransfer(details.RegionId);
        if (manage && !CanManage)
        {
            return Forbid();
        }

        Targets = [.. TransferStages.AllowedTargets(details.Card.Stage, details.CancelledFrom)
            .Select(t => new SelectListItem(TransferStages.Label(t), ((int)t).ToString(CultureInfo.InvariantCulture)))];
        Owners = CanManage
            ? [.. (await OwnerChoicesAsync(details.RegionId, cancellationToken)).Select(o => new SelectListItem(o.Name, o.Id))]
            : [];
        return null;
    }

    private Task<IReadOnlyList<ManageTransferCase.OwnerChoice>> OwnerChoicesAsync(int regionId, CancellationToken cancellationToken) =>
        manage.OwnerChoicesAsync(regionId, cancellationToken);
}
