using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>A move of a case to another stage, with what the target stage needs.</summary>
public sealed class MoveInput
{
    [Required(ErrorMessage = "ManageTransferCase.PleaseChooseTheNewStage")]
    [Display(Name = "ManageTransferCase.NewStage")]
    public TransferStage? To { get; set; }

    [Display(Name = "ManageTransferCase.ReasonForCancellation")]
    public CancelReason? CancelReason { get; set; }

    [StringLength(1000, ErrorMessage = "ManageTransferCase.TheExplanationMayBeAtMost")]
    [Display(Name = "ManageTransferCase.Explanation")]
    public string? Note { get; set; }

    [Display(Name = "Common.InProductionSince")]
    public DateOnly? ReusedSince { get; set; }

    public int Version { get; set; }
}

/// <summary>Owner, next step and its date.</summary>
public sealed class CaseWorkInput
{
    [Display(Name = "Common.Responsible")]
    public string? OwnerId { get; set; }

    [StringLength(500, ErrorMessage = "ManageTransferCase.TheNextStepMayBeAt")]
    [Display(Name = "Common.NextStep")]
    public string? NextStep { get; set; }

    [Display(Name = "ManageTransferCase.NextStepDue")]
    public DateOnly? NextStepDue { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// The project office works a case: moves it through the pipeline (only allowed moves; cancelling needs a reason;
/// "Nachgenutzt" records the reuse, confirmed, so the solution shows its new user), sets owner and next step,
/// adds notes. Every change counts as activity.
/// </summary>
public sealed class ManageTransferCase(AppDbContext db, CurrentUser currentUser, TransferCaseDesk desk)
{
    public Task<FormOutcome<CaseView>> MoveAsync(int id, MoveInput input, bool inputValid, CancellationToken cancellationToken = default) =>
        desk.ActAsync(id, inputValid, transferCase => MoveCaseAsync(transferCase, input, cancellationToken), cancellationToken);

    private async Task<Outcome> MoveCaseAsync(TransferCase transferCase, MoveInput input, CancellationToken cancellationToken)
    {
        if (input.Version != transferCase.Version)
        {
            return Stale();
        }

        var allowed = TransferStages.AllowedTargets(transferCase.Stage, transferCase.CancelledFrom);
        if (input.To is not { } to || !allowed.Contains(to))
        {
            return Outcome.Invalid.Of(nameof(input.To), TransferTexts.Of("ManageTransferCase.ThisStepIsNotPossibleFrom", TransferStages.Label(transferCase.Stage)));
        }

        var errors = new Errors();
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim().ReplaceLineEndings("\n");
        var today = DateOnly.FromDateTime(db.UtcNow);
        if (to == TransferStage.Cancelled)
        {
            if (input.CancelReason is not { } reason || !Enum.IsDefined(reason))
            {
                errors.Add(nameof(input.CancelReason), TransferTexts.Of("ManageTransferCase.PleaseChooseTheReasonForThe"));
            }
            else if (reason == CancelReason.Other && note is null)
            {
                errors.Add(nameof(input.Note), TransferTexts.Of("ManageTransferCase.PleaseExplainTheReasonOther"));
            }
        }

        if (to == TransferStage.Reused)
        {
            if (input.ReusedSince is not { } since)
            {
                errors.Add(nameof(input.ReusedSince), TransferTexts.Of("ManageTransferCase.PleaseStateSinceWhenTheMunicipality"));
            }
            else if (since > today)
            {
                errors.Add(nameof(input.ReusedSince), TransferTexts.Of("ManageTransferCase.TheDateMayNotBeIn"));
            }
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var now = db.UtcNow;
        db.Entry(transferCase).Property(c => c.Version).OriginalValue = input.Version;
        transferCase.MoveTo(to, input.CancelReason, note, ActorName, now);

        if (to == TransferStage.Reused)
        {
            await RecordReuseAsync(transferCase, input.ReusedSince!.Value, now, cancellationToken);
        }

        return await SaveAsync(transferCase, cancellationToken);
    }

    public Task<FormOutcome<CaseView>> UpdateWorkAsync(int id, CaseWorkInput input, bool inputValid, CancellationToken cancellationToken = default) =>
        desk.ActAsync(id, inputValid, transferCase => UpdateWorkCaseAsync(transferCase, input, cancellationToken), cancellationToken);

    private async Task<Outcome> UpdateWorkCaseAsync(TransferCase transferCase, CaseWorkInput input, CancellationToken cancellationToken)
    {
        if (input.Version != transferCase.Version)
        {
            return Stale();
        }

        var ownerId = string.IsNullOrWhiteSpace(input.OwnerId) ? null : input.OwnerId.Trim();
        if (ownerId is not null && !(await TransferCaseDesk.OwnerChoicesAsync(db, transferCase.Solution!.RegionId, cancellationToken)).Any(o => o.Id == ownerId))
        {
            return Outcome.Invalid.Of(nameof(input.OwnerId), TransferTexts.Of("ManageTransferCase.ThisPersonCannotTakeTheCase"));
        }

        db.Entry(transferCase).Property(c => c.Version).OriginalValue = input.Version;
        transferCase.OwnerId = ownerId;
        transferCase.NextStep = string.IsNullOrWhiteSpace(input.NextStep) ? null : input.NextStep.Trim();
        transferCase.NextStepDue = input.NextStepDue;
        transferCase.LastActivityAt = db.UtcNow;
        return await SaveAsync(transferCase, cancellationToken);
    }

    public Task<FormOutcome<CaseView>> AddNoteAsync(int id, string? text, CancellationToken cancellationToken = default) =>
        desk.ActAsync(id, true, transferCase => AddNoteCaseAsync(transferCase, text, cancellationToken), cancellationToken);

    private async Task<Outcome> AddNoteCaseAsync(TransferCase transferCase, string? text, CancellationToken cancellationToken)
    {
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");
        if (text is null)
        {
            return Outcome.Invalid.Of("NoteText", TransferTexts.Of("ManageTransferCase.PleaseWriteANote"));
        }

        if (text.Length > 4000)
        {
            return Outcome.Invalid.Of("NoteText", TransferTexts.Of("ManageTransferCase.TheNoteMayBeAtMost"));
        }

        var now = db.UtcNow;
        transferCase.Notes.Add(new TransferCaseNote { Text = text, CreatedAt = now, AuthorName = ActorName });
        transferCase.LastActivityAt = now;
        return await SaveAsync(transferCase, cancellationToken);
    }

    private string? ActorName => currentUser.Principal?.FindFirst("display_name")?.Value ?? currentUser.Principal?.Identity?.Name;

    private async Task RecordReuseAsync(TransferCase transferCase, DateOnly since, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Reuses.FirstOrDefaultAsync(r => r.SolutionId == transferCase.SolutionId && r.MunicipalityAgs == transferCase.MunicipalityAgs && r.Status != ReuseStatus.Rejected, cancellationToken);
        if (existing is not null)
        {
            existing.Status = ReuseStatus.Confirmed;
            existing.Since ??= since;
            existing.ConfirmedAt ??= now;
            existing.ConfirmedBy ??= ActorName;
            existing.TransferCaseId ??= transferCase.Id;
            return;
        }

        var name = await db.Municipalities.Where(m => m.Ags == transferCase.MunicipalityAgs).Select(m => m.Name).FirstAsync(cancellationToken);
        var organisationId = await db.Organisations.Where(o => o.MunicipalityAgs == transferCase.MunicipalityAgs && !o.IsSynthetic).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        db.Reuses.Add(new Reuse
        {
            SolutionId = transferCase.SolutionId,
            UserName = name,
            MunicipalityAgs = transferCase.MunicipalityAgs,
            OrganisationId = organisationId,
            Since = since,
            Status = ReuseStatus.Confirmed,
            ConfirmedAt = now,
            ConfirmedBy = ActorName,
            TransferCase = transferCase,
            DeclaredByName = transferCase.ContactName,
            DeclaredByEmail = transferCase.ContactEmail,
            Note = "Über den Transferfall " + SubmitInterest.CaseNumber(transferCase.Id) + " begleitet.",
        });
    }

    private async Task<Outcome> SaveAsync(TransferCase transferCase, CancellationToken cancellationToken)
    {
        db.Entry(transferCase).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(transferCase.Id), Stale(), cancellationToken);
    }

    /// <summary>The answer to a form about a case that someone else changed meanwhile.</summary>
    internal static Outcome.Conflict Stale() =>
        new(TransferTexts.Of("ManageTransferCase.SomeoneElseHasChangedTheCase"));
}
