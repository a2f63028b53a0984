using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

public sealed class RulesInput
{
    [Range(0.01, 100, ErrorMessage = "ProgrammeRulesEditor.AFundingRateIsBetween0")]
    [Display(Name = "ProgrammeRulesEditor.HighestFundingRateForMunicipalities")]
    public decimal MaxRateMunicipality { get; set; }

    [Range(0.01, 100, ErrorMessage = "ProgrammeRulesEditor.AFundingRateIsBetween0")]
    [Display(Name = "ProgrammeRulesEditor.HighestFundingRateForNonProfit")]
    public decimal MaxRateNonProfit { get; set; }

    [Range(0.01, 100, ErrorMessage = "ProgrammeRulesEditor.AFundingRateIsBetween0")]
    [Display(Name = "ProgrammeRulesEditor.HighestFundingRateForResearch")]
    public decimal MaxRateResearch { get; set; }

    [Range(0.01, 100, ErrorMessage = "ProgrammeRulesEditor.AFundingRateIsBetween0")]
    [Display(Name = "ProgrammeRulesEditor.HighestFundingRateForCompanies")]
    public decimal MaxRateCompany { get; set; }

    [Range(1, 12, ErrorMessage = "ProgrammeRulesEditor.ThePeriodForFundsRequestsIs")]
    [Display(Name = "ProgrammeRulesEditor.FundsMayBeRequestedForThe")]
    public int FundRequestHorizonMonths { get; set; }

    [Range(1, 31, ErrorMessage = "ProgrammeRulesEditor.TheDayIsBetween1And")]
    [Display(Name = "ProgrammeRulesEditor.InterimProofDueOnDay")]
    public int InterimProofDueDay { get; set; }

    [Range(1, 12, ErrorMessage = "ProgrammeRulesEditor.TheMonthIsBetween1And")]
    [Display(Name = "ProgrammeRulesEditor.OfTheMonthInTheFollowing")]
    public int InterimProofDueMonth { get; set; }

    [Range(1, 24, ErrorMessage = "ProgrammeRulesEditor.TheDeadlineIsBetween1And")]
    [Display(Name = "ProgrammeRulesEditor.ProofOfUseDueMonthsAfter")]
    public int FinalProofMonths { get; set; }

    [Range(0.0, 100.0, ErrorMessage = "ProgrammeRulesEditor.TheToleranceIsBetween0And")]
    [Display(Name = "ProgrammeRulesEditor.ToleranceForExceedingAPlanLine")]
    public decimal PlanLineTolerancePercent { get; set; }

    [Range(0, 90, ErrorMessage = "ProgrammeRulesEditor.PleaseEnter0To90Days")]
    [Display(Name = "ProgrammeRulesEditor.ReminderDaysBeforeADeadline")]
    public int ReminderDaysBefore { get; set; }

    [Range(0, 90, ErrorMessage = "ProgrammeRulesEditor.PleaseEnter0To90Days")]
    [Display(Name = "ProgrammeRulesEditor.ReminderDaysAfterAnExpiredDeadline")]
    public int ReminderDaysAfter { get; set; }

    [Range(1, 365, ErrorMessage = "ProgrammeRulesEditor.PleaseEnter1To365Days")]
    [Display(Name = "ProgrammeRulesEditor.DeadlineOverviewShowsWhatFallsDue")]
    public int DueSoonDays { get; set; }

    public int Version { get; set; }

    /// <summary>The defaults of a new programme (those of the NRW guideline).</summary>
    public static RulesInput Defaults() => From(new FundingRules(), 0);

    public FundingRules ToRules() => new()
    {
        MaxRateMunicipality = MaxRateMunicipality,
        MaxRateNonProfit = MaxRateNonProfit,
        MaxRateResearch = MaxRateResearch,
        MaxRateCompany = MaxRateCompany,
        FundRequestHorizonMonths = FundRequestHorizonMonths,
        InterimProofDueDay = InterimProofDueDay,
        InterimProofDueMonth = InterimProofDueMonth,
        FinalProofMonths = FinalProofMonths,
        PlanLineTolerancePercent = PlanLineTolerancePercent,
        ReminderDaysBefore = ReminderDaysBefore,
        ReminderDaysAfter = ReminderDaysAfter,
        DueSoonDays = DueSoonDays,
    };

    public static RulesInput From(Programme programme) => From(programme.Rules, programme.Version);

    private static RulesInput From(FundingRules rules, int version) => new()
    {
        MaxRateMunicipality = rules.MaxRateMunicipality,
        MaxRateNonProfit = rules.MaxRateNonProfit,
        MaxRateResearch = rules.MaxRateResearch,
        MaxRateCompany = rules.MaxRateCompany,
        FundRequestHorizonMonths = rules.FundRequestHorizonMonths,
        InterimProofDueDay = rules.InterimProofDueDay,
        InterimProofDueMonth = rules.InterimProofDueMonth,
        FinalProofMonths = rules.FinalProofMonths,
        PlanLineTolerancePercent = rules.PlanLineTolerancePercent,
        ReminderDaysBefore = rules.ReminderDaysBefore,
        ReminderDaysAfter = rules.ReminderDaysAfter,
        DueSoonDays = rules.DueSoonDays,
        Version = version,
    };
}

/// <summary>
/// The rules page: the programme whose rules are shown, and all programmes to choose from (each has its own rules).
/// <see cref="Programme"/> is null when there is no programme yet.
/// </summary>
public sealed record RulesForm(Programme? Programme, IReadOnlyList<(string Slug, string Name)> Programmes);

/// <summary>
/// The programme's rules, kept by administrators. Both calls pass the gate
/// (<see cref="FundingOperations.ManageProgrammes"/>) once, before they read or change anything.
/// </summary>
public sealed class ProgrammeRulesEditor(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    /// <summary>The rules of the programme with <paramref name="programmeSlug"/>, or of the first one when none is given.</summary>
    public async Task<Result<RulesForm>> OpenAsync(string? programmeSlug, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        var form = await FormAsync(programmeSlug, cancellationToken);
        return form.Programme is null && programmeSlug is not null ? new Outcome.NotFound() : form;
    }

    /// <summary>Saves the rules of the programme with <paramref name="programmeSlug"/> (or the first one); the page again when they are not saved.</summary>
    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<RulesForm>> SaveAsync(string? programmeSlug, RulesInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        var form = await FormAsync(programmeSlug, cancellationToken);
        if (form.Programme is null)
        {
            return new FormOutcome<RulesForm>(new Outcome.NotFound(), form);
        }

        var outcome = fieldsValid ? await SaveAsync(form.Programme.Id, input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved ? outcome : new FormOutcome<RulesForm>(outcome, form);
    }

    private Task<bool> MayAsync() => authorization.AllowsAsync(currentUser.Principal, null, FundingOperations.ManageProgrammes);

    private async Task<RulesForm> FormAsync(string? programmeSlug, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.AsNoTracking().OrderBy(p => p.Id);
        var programme = programmeSlug is null
            ? await programmes.FirstOrDefaultAsync(cancellationToken)
            : await programmes.FirstOrDefaultAsync(p => p.Slug == programmeSlug, cancellationToken);
        return programme is null
            ? new RulesForm(null, [])
            : new RulesForm(programme, [.. (await programmes.Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Slug, p.Name))]);
    }

    private async Task<Outcome> SaveAsync(int programmeId, RulesInput input, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
        {
            return new Outcome.NotFound();
        }

        if (programme.Version != input.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        Check(input, errors);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(programme).Property(p => p.Version).OriginalValue = input.Version;
        programme.Rules = input.ToRules();
        db.Entry(programme).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(programme.Id, programme.Slug), Stale(), cancellationToken);
    }

    /// <summary>
    /// The rules' own checks beyond each field's range, shared with creating a programme: whole percent values with
    /// at most two decimals, a due day that exists in its month.
    /// </summary>
    public static void Check(RulesInput input, Errors errors, string prefix = "")
    {
        InputRules.Check(input, errors, prefix);
        foreach (var (name, value) in new[]
        {
            (nameof(input.MaxRateMunicipality), input.MaxRateMunicipality), (nameof(input.MaxRateNonProfit), input.MaxRateNonProfit),
            (nameof(input.MaxRateResearch), input.MaxRateResearch), (nameof(input.MaxRateCompany), input.MaxRateCompany),
            (nameof(input.PlanLineTolerancePercent), input.PlanLineTolerancePercent),
        })
        {
            if (decimal.Round(value, 2) != value)
            {
                errors.Add(prefix + name, FundingTexts.Of("ProgrammeRulesEditor.PercentagesHaveAtMostTwoDecimal"));
            }
        }

        if (input.InterimProofDueDay > DateTime.DaysInMonth(2001, Math.Clamp(input.InterimProofDueMonth, 1, 12)))
        {
            errors.Add(prefix + nameof(input.InterimProofDueDay), FundingTexts.Of("ProgrammeRulesEditor.ThisDayDoesNotExistIn"));
        }

        // A reminder before a deadline the overview does not show yet would reach people about a deadline they cannot find.
        if (input.DueSoonDays >= 1 && input.ReminderDaysBefore > input.DueSoonDays)
        {
            errors.Add(prefix + nameof(input.ReminderDaysBefore),
                FundingTexts.Of("ProgrammeRulesEditor.AReminderDaysBeforeADeadline", input.ReminderDaysBefore, input.DueSoonDays, input.DueSoonDays));
        }
    }

    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("ProgrammeRulesEditor.TheRulesHaveBeenChangedBy"));
}
