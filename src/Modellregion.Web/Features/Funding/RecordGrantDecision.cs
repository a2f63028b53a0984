using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Funding;

public sealed class GrantDecisionInput
{
    [Required(ErrorMessage = "RecordGrantDecision.PleaseEnterTheDateOfThe")]
    [Display(Name = "RecordGrantDecision.DateOfTheNotice")]
    public DateOnly? DecidedOn { get; set; }

    [StringLength(100, ErrorMessage = "RecordGrantDecision.TheFileReferenceMayBeAt")]
    [Display(Name = "RecordGrantDecision.FileReference")]
    public string? FileNumber { get; set; }

    [Required(ErrorMessage = "RecordGrantDecision.PleaseEnterTheMaximumAmount")]
    [Money]
    [Display(Name = "RecordGrantDecision.MaximumAmountOfTheGrant")]
    public decimal? MaxAmount { get; set; }

    [Range(0.01, 100, ErrorMessage = "RecordGrantDecision.TheFundingRateIsBetween0")]
    [Display(Name = "RecordGrantDecision.FundingRateIn")]
    public decimal? FundingRatePercent { get; set; }

    [Required(ErrorMessage = "RecordGrantDecision.PleaseEnterTheStartOfThe")]
    [Display(Name = "RecordGrantDecision.FundingPeriodFrom")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "RecordGrantDecision.PleaseEnterTheEndOfThe")]
    [Display(Name = "RecordGrantDecision.FundingPeriodUntil")]
    public DateOnly? PeriodEnd { get; set; }

    [StringLength(8000, ErrorMessage = "RecordGrantDecision.TheAncillaryProvisionsMayBeAt")]
    [Display(Name = "RecordGrantDecision.AncillaryProvisionsAndConditions")]
    public string? Conditions { get; set; }

    [StringLength(2000, ErrorMessage = "RecordGrantDecision.TheReasonForTheChangeMay")]
    [Display(Name = "RecordGrantDecision.WhatChangesAndWhy")]
    public string? Reason { get; set; }

    [Display(Name = "Common.DecisionPDF")]
    public IFormFile? Document { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// Records the grant decision (Zuwendungsbescheid) or an amendment (Änderungsbescheid). A new version never
/// overwrites the earlier ones; it takes over the current financing plan, so versions can be compared. The steps:
/// the gate (<see cref="FundingOperations.Manage"/>) and the project's stage, the entered values
/// (<see cref="GrantDecisionRules"/>), the plan and the caps of the programme (<see cref="GrantDecisionPlanCheck"/>),
/// what is already under way (<see cref="GrantDecisionCommitments"/>), then the decision itself.
/// </summary>
public sealed class RecordGrantDecision(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, GrantDecisionCommitments commitments, FileStore files)
{
    private static readonly ProjectStatus[] InitialStages = [ProjectStatus.ApplicationSubmitted, ProjectStatus.AdditionalInformationRequested];
    private static readonly ProjectStatus[] AmendmentStages = [ProjectStatus.Approved, ProjectStatus.Running, ProjectStatus.FundingPeriodEnded];

    /// <summary>A funding period longer than this is taken for a typing error (e.g. 9999 for the year).</summary>
    public const int MaxPeriodYears = GrantDecisionRules.MaxPeriodYears;

    /// <summary>A funding period starts at most this many years before or after the decision.</summary>
    public const int MaxStartDistanceYears = GrantDecisionRules.MaxStartDistanceYears;

    public async Task<Outcome> RunAsync(int projectId, GrantDecisionInput input, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects
            .Include(p => p.GrantDecisions)
            .Include(p => p.Programme)
            .Include(p => p.Partners).ThenInclude(p => p.Organisation)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var isAmendment = project.GrantDecisions.Count > 0;
        if (StageRefusal(project, isAmendment) is { } refusal)
        {
            return refusal;
        }

        if (input.Version != project.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        var plan = project.Plan.Copy();
        GrantDecisionRules.Check(input, isAmendment, project.DecisionInForce, db.Today, errors);
        GrantDecisionPlanCheck.Check(project, plan, input, errors);
        if (isAmendment)
        {
            await commitments.CheckAsync(projectId, input, errors, cancellationToken);
        }

        var document = await AcceptDocumentAsync(input, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var decision = Record(project, plan, input, document);
        if (!isAmendment && !await db.FundingAccounts.AnyAsync(a => a.ProjectId == projectId, cancellationToken))
        {
            db.FundingAccounts.Add(new FundingAccount { ProjectId = projectId });
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        db.Entry(project).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(decision.Id), Stale(), cancellationToken);
    }

    /// <summary>A first decision follows a submitted application; an amendment changes a running grant.</summary>
    private static Outcome.Denied? StageRefusal(Project project, bool isAmendment) =>
        (isAmendment ? AmendmentStages : InitialStages).Contains(project.Status)
            ? null
            : new Outcome.Denied(isAmendment
                ? $"Ein Änderungsbescheid ist nur für bewilligte, laufende oder gerade beendete Projekte möglich, nicht im Stand „{ProjectStatuses.Label(project.Status)}“."
                : $"Ein Zuwendungsbescheid wird erfasst, wenn der Antrag eingereicht ist, nicht im Stand „{ProjectStatuses.Label(project.Status)}“.");

    /// <summary>The uploaded PDF of the decision, if any, checked by the file store.</summary>
    private async Task<StoredFile?> AcceptDocumentAsync(GrantDecisionInput input, Errors errors, CancellationToken cancellationToken)
    {
        if (input.Document is null)
        {
            return null;
        }

        var (file, fileError) = await files.AcceptPdfAsync(input.Document, cancellationToken);
        if (fileError is not null)
        {
            errors.Add(nameof(input.Document), fileError);
        }

        return file;
    }

    /// <summary>The new version of the decision, taking over the current plan.</summary>
    private GrantDecision Record(Project project, FinancingPlan plan, GrantDecisionInput input, StoredFile? document)
    {
        if (document is not null)
        {
            db.Files.Add(document);
        }

        return project.RecordGrantDecision(new GrantDecision
        {
            DecidedOn = input.DecidedOn,
            FileNumber = Clean(input.FileNumber),
            MaxAmount = input.MaxAmount!.Value,
            FundingRatePercent = input.FundingRatePercent ?? plan.RatePercent,
            EligibleCosts = plan.IsEmpty ? null : plan.EligibleCosts,
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            Conditions = Clean(input.Conditions),
            Reason = Clean(input.Reason),
            Plan = plan,
            Document = document,
            RecordedAt = db.UtcNow,
            RecordedBy = currentUser.Principal?.Identity?.Name,
        });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("RecordGrantDecision.TheProjectHasBeenChangedBy"));
}
