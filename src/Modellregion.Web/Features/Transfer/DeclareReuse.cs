using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>What a municipality enters to declare that it uses a solution in production.</summary>
public sealed class ReuseInput
{
    [Required(ErrorMessage = "Common.PleaseGiveYourMunicipalityNameOr")]
    [StringLength(100, ErrorMessage = "Common.TheNameOfTheMunicipalityMay")]
    [Display(Name = "Common.Municipality")]
    public string? Municipality { get; set; }

    [Display(Name = "Common.WhichMunicipalityDoYouMean")]
    public string? MunicipalityAgs { get; set; }

    [Required(ErrorMessage = "DeclareReuse.PleaseStateSinceWhenYouUse")]
    [Display(Name = "Common.InProductionSince")]
    public DateOnly? Since { get; set; }

    [Required(ErrorMessage = "Common.PleaseGiveYourName")]
    [StringLength(200, ErrorMessage = "Common.TheNameMayBeAtMost")]
    [Display(Name = "Common.YourName")]
    public string? ContactName { get; set; }

    [Required(ErrorMessage = "Common.PleaseEnterYourEmailAddress")]
    [EmailAddress(ErrorMessage = "Common.PleaseEnterAValidEmailAddress")]
    [StringLength(254, ErrorMessage = "Common.TheEMailAddressMayBe")]
    [Display(Name = "Common.EmailAddress")]
    public string? ContactEmail { get; set; }

    [StringLength(1000, ErrorMessage = "DeclareReuse.TheNoteMayBeAtMost")]
    [Display(Name = "DeclareReuse.Note")]
    public string? Note { get; set; }

    [Display(Name = "DeclareReuse.IHaveReadThePrivacyNotice")]
    public bool Consent { get; set; }
}

/// <summary>
/// Reuse declarations: a municipality declares its use (public form, waits for confirmation); the project office
/// confirms or rejects it. Only confirmed reuses are public.
/// </summary>
public sealed class DeclareReuse(AppDbContext db, MunicipalityLookup municipalities, CurrentUser currentUser, TransferGate gate, TransferLists backOffice)
{
    public async Task<MunicipalityFormResult> DeclareAsync(string solutionSlug, ReuseInput input, CancellationToken cancellationToken = default)
    {
        var solutionId = await db.Solutions.Where(s => s.Slug == solutionSlug && s.IsPublished).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (solutionId is null)
        {
            return new(new Outcome.NotFound(), []);
        }

        var errors = new Errors();
        var (municipality, candidates) = await municipalities.ResolveForFormAsync(input.Municipality, input.MunicipalityAgs, nameof(input.Municipality), errors, cancellationToken);
        var today = DateOnly.FromDateTime(db.UtcNow);
        if (input.Since is { } since && (since > today || since.Year < 1990))
        {
            errors.Add(nameof(input.Since), TransferTexts.Of("DeclareReuse.TheDateMayNotBeIn"));
        }

        if (!input.Consent)
        {
            errors.Add(nameof(input.Consent), TransferTexts.Of("DeclareReuse.PleaseAgreeToThePrivacyNotice"));
        }

        if (municipality is not null && await db.Reuses.AnyAsync(r => r.SolutionId == solutionId && r.MunicipalityAgs == municipality.Ags && r.Status != ReuseStatus.Rejected, cancellationToken))
        {
            errors.Add(nameof(input.Municipality), TransferTexts.Of("DeclareReuse.ReuseOfThisSolutionHasAlready", municipality.Name));
        }

        if (errors.Any || municipality is null)
        {
            return new(errors.ToOutcome(), candidates);
        }

        var organisationId = await db.Organisations.Where(o => o.MunicipalityAgs == municipality.Ags && !o.IsSynthetic).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        var reuse = new Reuse
        {
            SolutionId = solutionId.Value,
            UserName = municipality.Name,
            MunicipalityAgs = municipality.Ags,
            OrganisationId = organisationId,
            Since = input.Since,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim().ReplaceLineEndings("\n"),
            Status = ReuseStatus.Declared,
            DeclaredByName = input.ContactName!.Trim(),
            DeclaredByEmail = input.ContactEmail!.Trim(),
        };
        db.Reuses.Add(reuse);
        await db.SaveChangesAsync(cancellationToken);
        return new(new Outcome.Saved(reuse.Id, solutionSlug), []);
    }

    public async Task<FormOutcome<ReuseList>> ConfirmAsync(int id, int version, CancellationToken cancellationToken = default) =>
        await ShownAgainAsync(await DecideAsync(id, version, confirm: true, reason: null, cancellationToken), cancellationToken);

    public async Task<FormOutcome<ReuseList>> RejectAsync(int id, int version, string? reason, CancellationToken cancellationToken = default) =>
        await ShownAgainAsync(await DecideAsync(id, version, confirm: false, reason, cancellationToken), cancellationToken);

    /// <summary>Unless decided, the list is shown again with the message; who may not see it gets 403.</summary>
    private async Task<FormOutcome<ReuseList>> ShownAgainAsync(Outcome outcome, CancellationToken cancellationToken)
    {
        if (outcome is Outcome.Saved or Outcome.Forbidden)
        {
            return outcome;
        }

        return (await backOffice.ReusesAsync(cancellationToken)).TryGet(out var list, out var refusal) ? new FormOutcome<ReuseList>(outcome, list) : refusal;
    }

    private async Task<Outcome> DecideAsync(int id, int version, bool confirm, string? reason, CancellationToken cancellationToken)
    {
        var reuse = await db.Reuses.Include(r => r.Solution).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reuse is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(reuse.Solution!, TransferOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (reuse.Version != version)
        {
            return new Outcome.Conflict(TransferTexts.Of("DeclareReuse.TheReportHasBeenProcessedBy"));
        }

        if (reuse.Status != ReuseStatus.Declared)
        {
            return Outcome.Invalid.Of("", TransferTexts.Of("DeclareReuse.ThisReportHasAlreadyBeenDecided"));
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!confirm && reason is null)
        {
            return Outcome.Invalid.Of("RejectionReason", TransferTexts.Of("DeclareReuse.PleaseGiveAReasonForThe"));
        }

        if (reason is { Length: > 1000 })
        {
            return Outcome.Invalid.Of("RejectionReason", TransferTexts.Of("DeclareReuse.TheReasonMayBeAtMost"));
        }

        db.Entry(reuse).Property(r => r.Version).OriginalValue = version;
        reuse.Status = confirm ? ReuseStatus.Confirmed : ReuseStatus.Rejected;
        reuse.ConfirmedAt = db.UtcNow;
        reuse.ConfirmedBy = currentUser.Principal?.Identity?.Name;
        reuse.RejectionReason = reason;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(reuse.Id), new Outcome.Conflict(TransferTexts.Of("DeclareReuse.TheReportHasBeenProcessedBy")), cancellationToken);
    }
}
