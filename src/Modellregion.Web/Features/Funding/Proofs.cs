using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Funding;

/// <summary>A proof that is due or exists for a project, with its due date from the programme's rules.</summary>
public sealed record DueProof(ProofKind Kind, int? BudgetYear, DateOnly DueOn, Proof? Existing);

public sealed class ProofInput
{
    [StringLength(40000, ErrorMessage = "Proofs.TheFactualReportMayBeAt")]
    [Display(Name = "Common.NarrativeReport")]
    public string? NarrativeReport { get; set; }

    /// <summary>Actual costs per line of the approved plan, in the plan's order.</summary>
    public List<decimal?> Actual { get; set; } = [];

    [Display(Name = "Common.AttachmentPDF")]
    public IFormFile? Attachment { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// Interim proofs per budget year and the final proof of use: drafted and submitted by the lead (or the office),
/// reviewed by the project office or the granting authority — accepted with a Prüfvermerk or returned with reasons.
/// Submitting the final proof and its acceptance are lifecycle steps of the project.
/// </summary>
public sealed class Proofs(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, FileStore files, ChangeProjectStage stages)
{
    /// <summary>The proofs a project owes: one interim proof for each budget year before the last, and the final proof.</summary>
    public static IReadOnlyList<DueProof> Due(Project project, IReadOnlyCollection<Proof> existing, FundingRules rules)
    {
        var decision = project.DecisionInForce;
        if (decision?.PeriodStart is not { } start || decision.PeriodEnd is not { } end)
        {
            return [];
        }

        var due = new List<DueProof>();
        for (var year = start.Year; year < end.Year; year++)
        {
            due.Add(new DueProof(ProofKind.Interim, year, rules.InterimProofDue(year), existing.FirstOrDefault(p => p.Kind == ProofKind.Interim && p.BudgetYear == year)));
        }

        due.Add(new DueProof(ProofKind.Final, null, rules.FinalProofDue(end), existing.FirstOrDefault(p => p.Kind == ProofKind.Final)));
        return due;
    }

    /// <summary>Opens a proof as a draft, with the lines of the approved plan.</summary>
    public async Task<Outcome> StartAsync(int projectId, ProofKind kind, int? budgetYear, CancellationToken cancellationToken = default)
    {
        var (project, denied) = await LoadAsync(projectId, review: false, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var existing = await db.Proofs.Where(p => p.ProjectId == projectId).ToListAsync(cancellationToken);
        var due = Due(project!, existing, project!.Programme?.Rules ?? new FundingRules())
            .FirstOrDefault(d => d.Kind == kind && (kind == ProofKind.Final || d.BudgetYear == budgetYear));
        if (due is null)
        {
            return new Outcome.Denied(kind == ProofKind.Final
                ? "Für dieses Projekt ist kein Verwendungsnachweis fällig: Es fehlt der Bewilligungszeitraum."
                : $"Für das Haushaltsjahr {budgetYear} ist kein Zwischennachweis vorgesehen.");
        }

        if (due.Existing is { } proof)
        {
            return new Outcome.Saved(proof.Id);
        }

        var plan = project.DecisionInForce!.Plan.IsEmpty ? project.Plan : project.DecisionInForce.Plan;
        var created = new Proof
        {
            ProjectId = projectId,
            Kind = kind,
            BudgetYear = kind == ProofKind.Interim ? budgetYear : null,
            DueOn = due.DueOn,
            Lines = [.. plan.Lines.OrderBy(l => l.SortOrder).Select(l => new ProofLine { Category = l.Category, Description = l.Description, Planned = l.Amount, Actual = 0m })],
        };
        db.Proofs.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone opened the same proof at the same moment: use theirs.
            db.ChangeTracker.Clear();
            var theirs = await db.Proofs.FirstAsync(p => p.ProjectId == projectId && p.Kind == kind && p.BudgetYear == created.BudgetYear, cancellationToken);
            return new Outcome.Saved(theirs.Id);
        }

        return new Outcome.Saved(created.Id);
    }

    /// <summary>Saves the draft; with <paramref name="submit"/> also submits it.</summary>
    public async Task<Outcome> SaveAsync(int projectId, int proofId, ProofInput input, bool submit, CancellationToken cancellationToken = default)
    {
        var (project, denied) = await LoadAsync(projectId, review: false, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var proof = await db.Proofs.Include(p => p.Attachments).FirstOrDefaultAsync(p => p.Id == proofId && p.ProjectId == projectId, cancellationToken);
        if (proof is null)
        {
            return new Outcome.NotFound();
        }

        if (proof.Status is not (ProofStatus.Draft or ProofStatus.Returned))
        {
            // The proof's state, not the person, stands in the way: 409, as for a stale version.
            return new Outcome.Conflict(FundingTexts.Of("Proofs.TheProofIsAndCanNo", ProofLabels.Status(proof.Status)));
        }

        if (proof.Version != input.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        if (input.Actual.Count != proof.Lines.Count)
        {
            errors.Add("", FundingTexts.Of("Proofs.TheLinesOfTheProofDo"));
        }
        else
        {
            for (var i = 0; i < proof.Lines.Count; i++)
            {
                if (input.Actual[i] is { } actual && !MoneyAttribute.IsMoney(actual))
                {
                    errors.Add($"Actual[{i}]", FundingTexts.Of("Common.LineTheAmountCannotBeNegative", i + 1));
                }
            }
        }

        StoredFile? attachment = null;
        if (input.Attachment is not null)
        {
            var (file, fileError) = await files.AcceptPdfAsync(input.Attachment, cancellationToken);
            if (fileError is not null)
            {
                errors.Add(nameof(input.Attachment), fileError);
            }

            attachment = file;
        }

        if (submit)
        {
            if (proof.Kind == ProofKind.Final && string.IsNullOrWhiteSpace(input.NarrativeReport))
            {
                errors.Add(nameof(input.NarrativeReport), FundingTexts.Of("Proofs.TheProofOfUseNeedsA"));
            }

            if (proof.Kind == ProofKind.Final && project!.Status != ProjectStatus.FundingPeriodEnded)
            {
                errors.Add("", FundingTexts.Of("Proofs.TheProofOfUseIsSubmitted", ProjectStatuses.Label(project.Status)));
            }
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(proof).Property(p => p.Version).OriginalValue = input.Version;
        proof.NarrativeReport = string.IsNullOrWhiteSpace(input.NarrativeReport) ? null : input.NarrativeReport.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        for (var i = 0; i < proof.Lines.Count; i++)
        {
            proof.Lines[i].Actual = input.Actual[i] ?? 0m;
        }

        // The owned lines are replaced as a whole so that the change is tracked.
        proof.Lines = [.. proof.Lines.Select(l => new ProofLine { Category = l.Category, Description = l.Description, Planned = l.Planned, Actual = l.Actual })];
        if (attachment is not null)
        {
            db.Files.Add(attachment);
            proof.Attachments.Add(new ProofAttachment { File = attachment });
        }

        if (submit)
        {
            proof.Status = ProofStatus.Submitted;
            proof.SubmittedAt = db.UtcNow;
            proof.SubmittedBy = currentUser.Principal?.Identity?.Name;
            if (proof.Kind == ProofKind.Final)
            {
                stages.Move(project!, ProjectStatus.FinalProofSubmitted, db.Today, "Verwendungsnachweis eingereicht", currentUser.Principal?.Identity?.Name);
            }
        }

        db.Entry(proof).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(proof.Id), Stale(), cancellationToken);
    }

    /// <summary>Review by the project office or the granting authority: accept with a Prüfvermerk, or return with reasons.</summary>
    public async Task<Outcome> ReviewAsync(int projectId, int proofId, bool accept, string? note, int version, CancellationToken cancellationToken = default)
    {
        var (project, denied) = await LoadAsync(projectId, review: true, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var proof = await db.Proofs.FirstOrDefaultAsync(p => p.Id == proofId && p.ProjectId == projectId, cancellationToken);
        if (proof is null)
        {
            return new Outcome.NotFound();
        }

        if (proof.Status != ProofStatus.Submitted)
        {
            return new Outcome.Conflict(FundingTexts.Of("Proofs.OnlySubmittedProofsAreReviewedThis", ProofLabels.Status(proof.Status)));
        }

        if (proof.Version != version)
        {
            return Stale();
        }

        if (string.IsNullOrWhiteSpace(note) || note.Length > 4000)
        {
            return Outcome.Invalid.Of("ReviewNote", accept
                ? "Bitte geben Sie den Prüfvermerk an (höchstens 4.000 Zeichen)."
                : "Bitte geben Sie die Gründe für die Rückgabe an (höchstens 4.000 Zeichen).");
        }

        db.Entry(proof).Property(p => p.Version).OriginalValue = version;
        proof.Status = accept ? ProofStatus.Accepted : ProofStatus.Returned;
        proof.ReviewNote = note.Trim();
        proof.ReviewedAt = db.UtcNow;
        proof.ReviewedBy = currentUser.Principal?.Identity?.Name;
        if (proof.Kind == ProofKind.Final && project!.Status == ProjectStatus.FinalProofSubmitted)
        {
            stages.Move(project, accept ? ProjectStatus.Audited : ProjectStatus.FundingPeriodEnded, db.Today,
                accept ? "Verwendungsnachweis geprüft (Prüfvermerk)" : "Verwendungsnachweis zurückgegeben: " + proof.ReviewNote,
                currentUser.Principal?.Identity?.Name);
        }

        return await db.SaveOrConflictAsync(() => new Outcome.Saved(proof.Id), Stale(), cancellationToken);
    }

    private async Task<(Project? Project, Outcome? Denied)> LoadAsync(int projectId, bool review, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.GrantDecisions).Include(p => p.Programme).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return (null, new Outcome.NotFound());
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, project, review ? FundingOperations.Manage : FundingOperations.Act))
        {
            return (project, await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.View)
                ? new Outcome.Denied(review ? "Nachweise prüfen das Projektbüro und die Bewilligungsbehörde." : "Nachweise erstellt die Projektleitung (oder das Projektbüro).")
                : new Outcome.Forbidden());
        }

        if (project.DecisionInForce is null)
        {
            return (project, new Outcome.Denied(FundingTexts.Of("Common.ThereIsNoGrantDecisionFor")));
        }

        return (project, null);
    }


    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("Proofs.TheProofHasBeenChangedBy"));
}
