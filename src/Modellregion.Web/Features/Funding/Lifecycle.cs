using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>Who may take a step in the lifecycle.</summary>
[Flags]
public enum StageActors
{
    None = 0,
    Office = 1,
    Lead = 2,
    Authority = 4,
}

/// <summary>One allowed step of a project's funding lifecycle.</summary>
public sealed record StageTransition(ProjectStatus From, ProjectStatus To, StageActors Actors, bool NeedsReason, string Label);

/// <summary>
/// The funding lifecycle: Idee → Beratung → Votum Digitalboard → Antrag eingereicht → (Nachforderung) → Bewilligt →
/// Laufend → Bewilligungszeitraum beendet → Verwendungsnachweis eingereicht → Geprüft → Abgeschlossen, with the exits
/// Abgelehnt, Zurückgezogen and Rückforderung. Only these steps exist, each for the roles named.
/// </summary>
public static class LifecycleRules
{
    private const StageActors Office = StageActors.Office;
    private const StageActors Lead = StageActors.Lead;
    private const StageActors Authority = StageActors.Authority;

    public static readonly IReadOnlyList<StageTransition> All = Build();

    private static List<StageTransition> Build()
    {
        var steps = new List<StageTransition>
        {
            new(ProjectStatus.Idea, ProjectStatus.Consultation, Office, false, "Beratung beginnen"),
            new(ProjectStatus.Consultation, ProjectStatus.BoardVote, Office, false, "Dem Digitalboard vorlegen"),
            new(ProjectStatus.BoardVote, ProjectStatus.ApplicationSubmitted, Office | Lead, false, "Antrag einreichen (Votum: befürwortet)"),
            new(ProjectStatus.BoardVote, ProjectStatus.Consultation, Office, true, "Zurück in die Beratung (Votum: zurückgestellt)"),
            new(ProjectStatus.ApplicationSubmitted, ProjectStatus.AdditionalInformationRequested, Office | Authority, true, "Unterlagen nachfordern"),
            new(ProjectStatus.AdditionalInformationRequested, ProjectStatus.ApplicationSubmitted, Office | Lead, false, "Nachgeforderte Unterlagen einreichen"),
            new(ProjectStatus.ApplicationSubmitted, ProjectStatus.Approved, Office | Authority, false, "Bewilligen"),
            new(ProjectStatus.Approved, ProjectStatus.Running, Office | Lead, false, "Projektstart melden"),
            new(ProjectStatus.Running, ProjectStatus.FundingPeriodEnded, Office | Authority, false, "Ende des Bewilligungszeitraums feststellen"),
            new(ProjectStatus.FundingPeriodEnded, ProjectStatus.FinalProofSubmitted, Office | Lead, false, "Verwendungsnachweis eingereicht"),
            new(ProjectStatus.FinalProofSubmitted, ProjectStatus.Audited, Office | Authority, false, "Prüfung abgeschlossen"),
            new(ProjectStatus.FinalProofSubmitted, ProjectStatus.FundingPeriodEnded, Office | Authority, true, "Verwendungsnachweis zurückgeben"),
            new(ProjectStatus.Audited, ProjectStatus.Closed, Office | Authority, false, "Abschließen"),
            new(ProjectStatus.Recovery, ProjectStatus.Closed, Office | Authority, true, "Rückforderung erledigt: abschließen"),
        };
        foreach (var from in new[] { ProjectStatus.Idea, ProjectStatus.Consultation, ProjectStatus.BoardVote, ProjectStatus.ApplicationSubmitted, ProjectStatus.AdditionalInformationRequested, ProjectStatus.Approved, ProjectStatus.Running })
        {
            steps.Add(new(from, ProjectStatus.Withdrawn, Office | Lead, true, "Zurückziehen"));
        }

        steps.Add(new(ProjectStatus.BoardVote, ProjectStatus.Rejected, Office, true, "Ablehnen (Votum: abgelehnt)"));
        foreach (var from in new[] { ProjectStatus.ApplicationSubmitted, ProjectStatus.AdditionalInformationRequested })
        {
            steps.Add(new(from, ProjectStatus.Rejected, Office | Authority, true, "Antrag ablehnen"));
        }

        foreach (var from in new[] { ProjectStatus.Approved, ProjectStatus.Running, ProjectStatus.FundingPeriodEnded, ProjectStatus.FinalProofSubmitted, ProjectStatus.Audited })
        {
            steps.Add(new(from, ProjectStatus.Recovery, Office | Authority, true, "Zuwendung zurückfordern"));
        }

        return steps;
    }

    public static IEnumerable<StageTransition> From(ProjectStatus status) => All.Where(t => t.From == status);

    public static StageTransition? Find(ProjectStatus from, ProjectStatus to) => All.FirstOrDefault(t => t.From == from && t.To == to);

    public static string ActorsLabel(StageActors actors) => string.Join(" oder ", new[]
    {
        actors.HasFlag(StageActors.Office) ? "das Projektbüro" : null,
        actors.HasFlag(StageActors.Lead) ? "die Projektleitung" : null,
        actors.HasFlag(StageActors.Authority) ? "die Bewilligungsbehörde" : null,
    }.Where(x => x is not null));
}

public sealed class StageInput
{
    public ProjectStatus? To { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }
}

/// <summary>Moves a project through its lifecycle: only allowed steps, only by the roles allowed, each recorded with who, when and why.</summary>
public sealed class ChangeProjectStage(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public const int MaxReasonLength = 2000;

    public async Task<Outcome> RunAsync(int projectId, StageInput input, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects.Include(p => p.GrantDecisions).Include(p => p.StatusChanges).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.View))
        {
            return new Outcome.Forbidden();
        }

        if (input.To is not { } to || !Enum.IsDefined(to))
        {
            return Outcome.Invalid.Of(nameof(input.To), FundingTexts.Of("Lifecycle.PleaseChooseTheNextStep"));
        }

        var transition = LifecycleRules.Find(project.Status, to);
        if (transition is null)
        {
            var possible = LifecycleRules.From(project.Status).Select(t => $"„{ProjectStatuses.Label(t.To)}“").Distinct().ToList();
            return Outcome.Invalid.Of(nameof(input.To),
                $"Von „{ProjectStatuses.Label(project.Status)}“ führt kein Schritt nach „{ProjectStatuses.Label(to)}“. " +
                (possible.Count == 0 ? "Das Projekt ist abgeschlossen." : $"Möglich sind: {string.Join(", ", possible)}."));
        }

        var actors = FundingOperations.ActorsOf(await currentUser.ScopesAsync(cancellationToken), project.RegionId, project.Id);
        if ((transition.Actors & actors) == StageActors.None)
        {
            return new Outcome.Denied(FundingTexts.Of("Lifecycle.OnlyMayTakeTheStep", transition.Label, LifecycleRules.ActorsLabel(transition.Actors)));
        }

        if (input.Version != project.Version)
        {
            return Stale();
        }

        var today = db.Today;
        var effectiveOn = input.EffectiveOn ?? today;
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        var errors = new Errors();
        if (transition.NeedsReason && reason is null)
        {
            errors.Add(nameof(input.Reason), FundingTexts.Of("Lifecycle.PleaseJustifyTheStep", transition.Label));
        }

        if (reason is { Length: > MaxReasonLength })
        {
            errors.Add(nameof(input.Reason), FundingTexts.Of("Lifecycle.TheJustificationMayBeAtMost"));
        }

        if (effectiveOn > today)
        {
            errors.Add(nameof(input.EffectiveOn), FundingTexts.Of("Lifecycle.AStepCannotBeInThe"));
        }

        var last = project.StatusChanges.OrderBy(s => s.EffectiveOn).LastOrDefault();
        if (last is not null && effectiveOn < last.EffectiveOn)
        {
            errors.Add(nameof(input.EffectiveOn), FundingTexts.Of("Lifecycle.TheStepCannotBeBeforeThe", Formatting.Date(last.EffectiveOn)));
        }

        var decision = project.DecisionInForce;
        switch (to)
        {
            case ProjectStatus.Approved when decision is null:
                errors.Add(nameof(input.To), FundingTexts.Of("Lifecycle.ToGrantTheGrantNoticeMust"));
                break;
            case ProjectStatus.FundingPeriodEnded when transition.From == ProjectStatus.Running && decision?.PeriodEnd is { } end && effectiveOn < end:
                errors.Add(nameof(input.EffectiveOn), FundingTexts.Of("Lifecycle.TheFundingPeriodDoesNotEnd", Formatting.Date(end)));
                break;
            case ProjectStatus.FinalProofSubmitted when !await db.Proofs.AnyAsync(p => p.ProjectId == projectId && p.Kind == ProofKind.Final && p.Status == ProofStatus.Submitted, cancellationToken):
                errors.Add(nameof(input.To), FundingTexts.Of("Lifecycle.ThisStepHappensWhenTheProof"));
                break;
            case ProjectStatus.Audited when !await db.Proofs.AnyAsync(p => p.ProjectId == projectId && p.Kind == ProofKind.Final && p.Status == ProofStatus.Accepted, cancellationToken):
                errors.Add(nameof(input.To), FundingTexts.Of("Lifecycle.ThisStepHappensWhenTheProof2"));
                break;
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        Move(project, to, effectiveOn, reason ?? transition.Label, currentUser.Principal?.Identity?.Name);
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(project.Id, project.Slug), Stale(), cancellationToken);
    }

    /// <summary>Records a step whose rules the caller has checked (e.g. when a proof is submitted or accepted).</summary>
    public void Move(Project project, ProjectStatus to, DateOnly effectiveOn, string reason, string? by)
    {
        project.StatusChanges.Add(new StatusChange
        {
            From = project.Status,
            To = to,
            EffectiveOn = effectiveOn,
            RecordedAt = db.UtcNow,
            RecordedBy = by,
            Reason = reason,
        });
        project.Status = to;
        db.Entry(project).State = EntityState.Modified;
    }

    /// <summary>
    /// The board's Votum as the lifecycle step <see cref="ProjectStatus.BoardVote"/>, checked by the board's use case
    /// (quorum, majority): a project still at Idea or Consultation moves to BoardVote; one further along keeps its
    /// status and only gains the dated step. The caller dates and describes the returned step.
    /// </summary>
    public StatusChange RecordBoardVote(Project project, string? by)
    {
        var change = new StatusChange
        {
            ProjectId = project.Id,
            From = project.Status,
            To = ProjectStatus.BoardVote,
            RecordedAt = db.UtcNow,
            RecordedBy = by,
        };
        if (project.Status is ProjectStatus.Idea or ProjectStatus.Consultation)
        {
            project.Status = ProjectStatus.BoardVote;
        }

        db.StatusChanges.Add(change);
        return change;
    }

    /// <summary>
    /// A corrected resolution no longer concerns the project it named: its Votum step goes, and a project the Votum
    /// had moved to <see cref="ProjectStatus.BoardVote"/> (and that has not moved on since) returns to where it was.
    /// </summary>
    public async Task WithdrawBoardVoteAsync(StatusChange step, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects.FirstAsync(p => p.Id == step.ProjectId, cancellationToken);
        var later = await db.StatusChanges.AnyAsync(c => c.ProjectId == step.ProjectId && c.Id > step.Id, cancellationToken);
        if (project.Status == ProjectStatus.BoardVote && !later)
        {
            project.Status = step.From ?? ProjectStatus.Idea;
        }

        db.StatusChanges.Remove(step);
    }

    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("Common.TheProjectHasBeenChangedBy"));
}
