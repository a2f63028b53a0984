using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>The values of a grant decision as entered: dates, amount, rate and, for an amendment, its reason.</summary>
public static class GrantDecisionRules
{
    /// <summary>A funding period longer than this is taken for a typing error (e.g. 9999 for the year).</summary>
    public const int MaxPeriodYears = 10;

    /// <summary>A funding period starts at most this many years before or after the decision.</summary>
    public const int MaxStartDistanceYears = 5;

    /// <param name="previous">The decision in force so far (for an amendment).</param>
    /// <param name="today">Today in Europe/Berlin.</param>
    public static void Check(GrantDecisionInput input, bool isAmendment, GrantDecision? previous, DateOnly today, Errors errors)
    {
        if (input.DecidedOn > today)
        {
            errors.Add(nameof(input.DecidedOn), FundingTexts.Of("GrantDecisionChecks.TheDateOfTheNoticeCannot"));
        }

        if (input.MaxAmount is <= 0)
        {
            errors.Add(nameof(input.MaxAmount), FundingTexts.Of("GrantDecisionChecks.TheMaximumAmountMustBeGreater"));
        }

        if (input.PeriodStart is { } start && input.PeriodEnd is { } end)
        {
            CheckPeriod(input, start, end, errors);
        }

        if (input.FundingRatePercent is { } rate && decimal.Round(rate, 2) != rate)
        {
            errors.Add(nameof(input.FundingRatePercent), FundingTexts.Of("GrantDecisionChecks.TheFundingRateHasAtMost"));
        }

        if (isAmendment && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(input.Reason), FundingTexts.Of("GrantDecisionChecks.PleaseStateWhatTheAmendingNotice"));
        }

        if (isAmendment && input.DecidedOn is { } decided && previous?.DecidedOn is { } previousDate && decided < previousDate)
        {
            errors.Add(nameof(input.DecidedOn), FundingTexts.Of("GrantDecisionChecks.AnAmendingNoticeCannotBeBefore", Formatting.Date(previousDate)));
        }
    }

    private static void CheckPeriod(GrantDecisionInput input, DateOnly start, DateOnly end, Errors errors)
    {
        if (end < start)
        {
            errors.Add(nameof(input.PeriodEnd), FundingTexts.Of("GrantDecisionChecks.TheEndOfTheFundingPeriod"));
        }
        else if (YearsApartMoreThan(start, end, MaxPeriodYears))
        {
            errors.Add(nameof(input.PeriodEnd), FundingTexts.Of("GrantDecisionChecks.AFundingPeriodLastsAtMost", MaxPeriodYears, Formatting.Date(end)));
        }

        if (input.DecidedOn is { } decidedOn && (YearsApartMoreThan(start, decidedOn, MaxStartDistanceYears) || YearsApartMoreThan(decidedOn, start, MaxStartDistanceYears)))
        {
            errors.Add(nameof(input.PeriodStart), FundingTexts.Of("GrantDecisionChecks.TheFundingPeriodStartsAtMost", MaxStartDistanceYears, Formatting.Date(start)));
        }
    }

    /// <summary>Whether <paramref name="later"/> lies more than the given years after <paramref name="earlier"/>; plain arithmetic, safe at the ends of the calendar.</summary>
    private static bool YearsApartMoreThan(DateOnly earlier, DateOnly later, int years)
    {
        var difference = later.Year - earlier.Year;
        return difference > years || (difference == years && (later.Month, later.Day).CompareTo((earlier.Month, earlier.Day)) > 0);
    }
}

/// <summary>
/// The decision against the project's financing plan and the programme's caps: the plan must balance, the recipient
/// must be known (its type sets the cap), and amount and rate stay within the caps.
/// </summary>
public static class GrantDecisionPlanCheck
{
    /// <param name="plan">The plan the decision takes over.</param>
    public static void Check(Project project, FinancingPlan plan, GrantDecisionInput input, Errors errors)
    {
        var rules = project.Programme?.Rules ?? new FundingRules();
        if (!plan.IsEmpty && !plan.Balances)
        {
            errors.Add("", FundingTexts.Of("GrantDecisionChecks.TheProjectsFinancingPlanIsNot"));
        }

        // Without a recipient the cap is unknown: the decision is refused rather than recorded unchecked.
        if (ApplicantTypes.RecipientOf(project) is not { } recipient)
        {
            errors.Add("", ApplicantTypes.NoRecipient);
            return;
        }

        if (!plan.IsEmpty && plan.Balances && input.MaxAmount is { } maxAmount && SaveFinancingPlan.CapError(maxAmount, plan.EligibleCosts, recipient, rules) is { } capError)
        {
            errors.Add(nameof(input.MaxAmount), capError);
        }

        var type = ApplicantTypes.Of(recipient);
        if (input.FundingRatePercent is { } givenRate && givenRate > rules.MaxRateFor(type))
        {
            errors.Add(nameof(input.FundingRatePercent), FundingTexts.Of("GrantDecisionChecks.TheFundingRateOfExceedsThe", Formatting.Percent(givenRate), Formatting.Percent(rules.MaxRateFor(type)), ApplicantTypes.Label(type)));
        }
    }
}

/// <summary>
/// An amendment against what is already under way: open fund requests must stay inside the new period, and the new
/// maximum may not fall below what is already requested or paid.
/// </summary>
public sealed class GrantDecisionCommitments(AppDbContext db)
{
    public async Task CheckAsync(int projectId, GrantDecisionInput input, Errors errors, CancellationToken cancellationToken)
    {
        if (input.PeriodStart is { } newStart && input.PeriodEnd is { } newEnd && newStart <= newEnd)
        {
            // An open request must stay inside the period it was checked against; otherwise it would be paid for time no longer funded.
            var open = await db.FundRequests.AsNoTracking()
                .Where(r => r.ProjectId == projectId && (r.Status == FundRequestStatus.Submitted || r.Status == FundRequestStatus.Forwarded))
                .OrderBy(r => r.Number)
                .ToListAsync(cancellationToken);
            var outside = open.Where(r => FundRequestRules.PeriodErrors(r.NeededFrom, r.NeededUntil, newStart, newEnd).Count > 0).ToList();
            if (outside.Count > 0)
            {
                errors.Add(nameof(input.PeriodEnd),
                    $"Der neue Bewilligungszeitraum ({Formatting.Date(newStart)} – {Formatting.Date(newEnd)}) schließt offene Mittelabrufe aus: " +
                    string.Join("; ", outside.Select(r => $"Nr. {r.Number} über {Formatting.Euro(r.Amount)}, benötigt {Formatting.Date(r.NeededFrom)} – {Formatting.Date(r.NeededUntil)}")) +
                    ". Bitte geben Sie diese Mittelabrufe zuerst zurück oder lassen Sie sie zurückziehen.");
            }
        }

        if (input.MaxAmount is { } newAmount)
        {
            var account = await db.FundingAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.ProjectId == projectId, cancellationToken);
            if (account is not null && newAmount < account.Committed)
            {
                errors.Add(nameof(input.MaxAmount), FundingTexts.Of("GrantDecisionChecks.TheNewMaximumAmountIsBelow", Formatting.Euro(newAmount), Formatting.Euro(account.Committed)));
            }
        }
    }
}
