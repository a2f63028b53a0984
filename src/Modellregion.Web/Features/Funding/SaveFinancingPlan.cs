using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

public sealed class PlanLineInput
{
    [Display(Name = "Common.Category")]
    public CostCategory? Category { get; set; }

    [StringLength(300, ErrorMessage = "SaveFinancingPlan.TheNameOfALineMay")]
    [Display(Name = "Common.Purpose")]
    public string? Description { get; set; }

    [Money]
    [Display(Name = "Common.Amount")]
    public decimal? Amount { get; set; }
}

public sealed class PlanInput
{
    public List<PlanLineInput> Lines { get; set; } = [];

    [Money]
    [Display(Name = "SaveFinancingPlan.GrantAppliedFor")]
    public decimal? RequestedGrant { get; set; }

    [Money]
    [Display(Name = "SaveFinancingPlan.OwnContribution")]
    public decimal? OwnContribution { get; set; }

    [Money]
    [Display(Name = "SaveFinancingPlan.ThirdPartyFunds")]
    public decimal? ThirdPartyFunds { get; set; }

    public int Version { get; set; }

    public static PlanInput From(Project project)
    {
        var input = new PlanInput
        {
            RequestedGrant = project.Plan.RequestedGrant,
            OwnContribution = project.Plan.OwnContribution,
            ThirdPartyFunds = project.Plan.ThirdPartyFunds,
            Version = project.Version,
            Lines = [.. project.Plan.Lines.OrderBy(l => l.SortOrder).Select(l => new PlanLineInput { Category = l.Category, Description = l.Description, Amount = l.Amount })],
        };
        return input;
    }
}

/// <summary>
/// The financing plan of a project: cost lines by category and how they are covered. It must balance, and the
/// funding rate must not exceed the programme's cap for the applicant's type. Kept by the lead and the office
/// while an application or an amendment is being prepared.
/// </summary>
public sealed class SaveFinancingPlan(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public const int MaxLines = 50;

    public async Task<Outcome> RunAsync(int projectId, PlanInput input, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects.Include(p => p.Programme).Include(p => p.Partners).ThenInclude(p => p.Organisation)
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.EditPlan))
        {
            return new Outcome.Forbidden();
        }

        if (ProjectStatuses.IsExit(project.Status) || project.Status is ProjectStatus.Closed or ProjectStatus.Audited or ProjectStatus.FinalProofSubmitted)
        {
            return new Outcome.Denied(FundingTexts.Of("SaveFinancingPlan.AtStageTheFinancingPlanIs", ProjectStatuses.Label(project.Status)));
        }

        if (input.Version != project.Version)
        {
            return Stale();
        }

        var (plan, errors) = Validate(input, project);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        project.Plan = plan;
        db.Entry(project).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(project.Id), Stale(), cancellationToken);
    }

    /// <summary>Turns the input into a plan and checks that it balances and respects the rate cap.</summary>
    public static (FinancingPlan Plan, Errors Errors) Validate(PlanInput input, Project project)
    {
        var errors = new Errors();
        var lines = input.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Description) || l.Amount is not null).ToList();
        if (lines.Count == 0)
        {
            errors.Add("", FundingTexts.Of("SaveFinancingPlan.TheFinancingPlanNeedsAtLeast"));
        }

        if (lines.Count > MaxLines)
        {
            errors.Add("", FundingTexts.Of("SaveFinancingPlan.TheFinancingPlanMayHaveAt", MaxLines));
        }

        var plan = new FinancingPlan
        {
            RequestedGrant = input.RequestedGrant,
            OwnContribution = input.OwnContribution,
            ThirdPartyFunds = input.ThirdPartyFunds,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var key = $"Lines[{input.Lines.IndexOf(line)}]";
            if (line.Category is not { } category || !Enum.IsDefined(category))
            {
                errors.Add($"{key}.Category", FundingTexts.Of("SaveFinancingPlan.LinePleaseChooseACategory", i + 1));
            }

            if (string.IsNullOrWhiteSpace(line.Description))
            {
                errors.Add($"{key}.Description", FundingTexts.Of("SaveFinancingPlan.LinePleaseStateWhatTheExpenditure", i + 1));
            }

            if (line.Amount is not { } amount || amount <= 0)
            {
                errors.Add($"{key}.Amount", FundingTexts.Of("SaveFinancingPlan.LinePleaseEnterAnAmountGreater", i + 1));
            }
            else if (!MoneyAttribute.IsMoney(amount))
            {
                errors.Add($"{key}.Amount", FundingTexts.Of("Common.LineTheAmountCannotBeNegative", i + 1));
            }

            plan.Lines.Add(new PlanLine { Category = line.Category ?? CostCategory.Other, Description = line.Description?.Trim() ?? "", Amount = line.Amount ?? 0m, SortOrder = i });
        }

        if (input.RequestedGrant is null)
        {
            errors.Add(nameof(input.RequestedGrant), FundingTexts.Of("SaveFinancingPlan.PleaseEnterTheGrantAppliedFor"));
        }

        if (errors.Any)
        {
            return (plan, errors);
        }

        if (!plan.Balances)
        {
            errors.Add("", $"Der Finanzierungsplan ist nicht ausgeglichen: Ausgaben {Formatting.Euro(plan.EligibleCosts)}, Finanzierung " +
                $"(Zuwendung + Eigenanteil + Drittmittel) {Formatting.Euro(plan.Coverage)}. Die Differenz beträgt {Formatting.Euro(Math.Abs(plan.EligibleCosts - plan.Coverage))}.");
        }

        // Without a recipient the cap is unknown: the plan is refused rather than saved unchecked.
        if (ApplicantTypes.RecipientOf(project) is not { } recipient)
        {
            errors.Add("", ApplicantTypes.NoRecipient);
        }
        else if (CapError(plan.RequestedGrant!.Value, plan.EligibleCosts, recipient, project.Programme?.Rules ?? new FundingRules()) is { } capError)
        {
            errors.Add(nameof(input.RequestedGrant), capError);
        }

        return (plan, errors);
    }

    /// <summary>The message when a grant exceeds the programme's funding-rate cap for the recipient's applicant type.</summary>
    public static string? CapError(decimal grant, decimal eligibleCosts, Organisation recipient, FundingRules rules)
    {
        if (eligibleCosts <= 0)
        {
            return null;
        }

        var type = ApplicantTypes.Of(recipient);
        var cap = rules.MaxRateFor(type);
        var maxGrant = decimal.Floor(eligibleCosts * cap) / 100m;
        return grant > maxGrant
            ? $"Die Förderquote von {Formatting.Percent(decimal.Ceiling(grant * 10000m / eligibleCosts) / 100m)} übersteigt die Obergrenze von {Formatting.Percent(cap)} " +
              $"für {ApplicantTypes.Label(type)} ({recipient.Name}): Höchstens {Formatting.Euro(maxGrant)} sind möglich."
            : null;
    }

    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("SaveFinancingPlan.TheProjectHasBeenChangedBy"));
}
