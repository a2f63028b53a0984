using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

public sealed class FundRequestInput
{
    [Required(ErrorMessage = "FundRequests.PleaseEnterTheAmount")]
    [Money]
    [Display(Name = "Common.Amount")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "FundRequests.PleaseStateFromWhenTheMoney")]
    [Display(Name = "FundRequests.NeededFrom")]
    public DateOnly? NeededFrom { get; set; }

    [Required(ErrorMessage = "FundRequests.PleaseStateUntilWhenTheMoney")]
    [Display(Name = "FundRequests.NeededUntil")]
    public DateOnly? NeededUntil { get; set; }

    [Required(ErrorMessage = "FundRequests.PleaseJustifyTheFundsRequest")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "FundRequests.TheJustificationMustBe10To")]
    [Display(Name = "FundRequests.JustificationWhatForWhichPaymentsAre")]
    public string? Justification { get; set; }

    [Display(Name = "FundRequests.FinalClaimForExpenditureWithinThe")]
    public bool IsSettlement { get; set; }

    public int Version { get; set; }
}

public sealed class PaymentInput
{
    [Required(ErrorMessage = "FundRequests.PleaseEnterTheDateOfPayment")]
    [Display(Name = "Common.PaidOutOn")]
    public DateOnly? PaidOn { get; set; }

    [Required(ErrorMessage = "FundRequests.PleaseEnterTheAmountPaidOut")]
    [Money]
    [Display(Name = "Common.AmountPaidOut")]
    public decimal? Amount { get; set; }

    /// <summary>The version of the request the form was shown with; a changed request is refused as stale.</summary>
    public int? Version { get; set; }
}


/// <summary>
/// Fund requests (Mittelabrufe): drafted and submitted by the project lead, checked and forwarded by the project
/// office, paid by the granting authority. The rules of VV zu § 44 LHO: money only as far as it is needed within
/// the horizon after payout; requests and payments together never above the grant — checked against the project's
/// <see cref="FundingAccount"/> under optimistic concurrency, so two requests at the same moment cannot both pass.
/// </summary>
public sealed class FundRequests(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    private const int Attempts = 5;

    public async Task<Outcome> SaveDraftAsync(int projectId, int? requestId, FundRequestInput input, CancellationToken cancellationToken = default)
    {
        if (FundRequestRules.Basic(input) is { } invalid)
        {
            return invalid;
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var (_, denied) = await LoadProjectAsync(projectId, lead: true, cancellationToken);
            if (denied is not null)
            {
                return denied;
            }

            FundRequest request;
            if (requestId is { } id)
            {
                var existing = await db.FundRequests.FirstOrDefaultAsync(r => r.Id == id && r.ProjectId == projectId, cancellationToken);
                if (existing is null)
                {
                    return new Outcome.NotFound();
                }

                if (existing.Refusal(FundRequestStep.Edit) is { } refusal)
                {
                    return new Outcome.Denied(refusal);
                }

                if (existing.Version != input.Version)
                {
                    return Stale();
                }

                db.Entry(existing).Property(r => r.Version).OriginalValue = input.Version;
                request = existing;
            }
            else
            {
                var number = await db.FundRequests.Where(r => r.ProjectId == projectId).Select(r => (int?)r.Number).MaxAsync(cancellationToken) ?? 0;
                request = new FundRequest { ProjectId = projectId, Number = number + 1, Justification = "", CreatedAt = db.UtcNow, CreatedBy = currentUser.Principal?.Identity?.Name };
                db.FundRequests.Add(request);
            }

            request.Edit(input.Amount!.Value, input.NeededFrom!.Value, input.NeededUntil!.Value, input.Justification!, input.IsSettlement);
            if (await TrySaveAsync(cancellationToken))
            {
                return new Outcome.Saved(request.Id);
            }

            if (requestId is not null || attempt == Attempts)
            {
                return Stale();
            }
        }
    }

    /// <summary>
    /// Submits a draft: all rules are checked, and the grant must cover it together with everything requested or paid.
    /// <paramref name="version"/> is the request's version as the form showed it (null only for callers without a form).
    /// </summary>
    public async Task<Outcome> SubmitAsync(int projectId, int requestId, int? version = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var (project, denied) = await LoadProjectAsync(projectId, lead: true, cancellationToken);
            if (denied is not null)
            {
                return denied;
            }

            var request = await db.FundRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.ProjectId == projectId, cancellationToken);
            if (request is null)
            {
                return new Outcome.NotFound();
            }

            if (version is { } expectedVersion && request.Version != expectedVersion)
            {
                return Stale();
            }

            if (request.Refusal(FundRequestStep.Submit) is { } refusal)
            {
                return new Outcome.Denied(refusal);
            }

            var account = await AccountAsync(project!, cancellationToken);
            var today = db.Today;
            if (FundRequestRules.Submission(project!, request, account, today) is { } invalid)
            {
                return invalid;
            }

            request.Submit(account, db.UtcNow, currentUser.Principal?.Identity?.Name);
            if (await TrySaveAsync(cancellationToken))
            {
                return new Outcome.Saved(request.Id);
            }

            if (attempt == Attempts)
            {
                return new Outcome.Conflict(FundingTexts.Of("FundRequests.AnotherFundsRequestOfThisProject"));
            }
        }
    }

    /// <summary>The project office has checked the request and forwards it to the granting authority.</summary>
    public Task<Outcome> ForwardAsync(int projectId, int requestId, int? version = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, requestId, version, office: true, FundRequestStep.Forward, (request, _, _) =>
        {
            request.Forward(db.UtcNow, currentUser.Principal?.Identity?.Name);
            return null;
        }, cancellationToken);

    /// <summary>Returns a request to the project lead with the reasons; the money is free again.</summary>
    public Task<Outcome> ReturnAsync(int projectId, int requestId, string? reason, int? version = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, requestId, version, office: true, FundRequestStep.Return, (request, account, _) =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
            {
                return Outcome.Invalid.Of("ReturnReason", FundingTexts.Of("FundRequests.PleaseJustifyTheReturnAtMost"));
            }

            request.Return(account, reason);
            return null;
        }, cancellationToken);

    /// <summary>The lead withdraws a draft or a request that is not yet paid.</summary>
    public Task<Outcome> WithdrawAsync(int projectId, int requestId, int? version = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, requestId, version, office: false, FundRequestStep.Withdraw, (request, account, _) =>
        {
            request.Withdraw(account);
            return null;
        }, cancellationToken);

    /// <summary>Records the payment of a forwarded request: date and amount (at most the amount requested).</summary>
    public Task<Outcome> RecordPaymentAsync(int projectId, int requestId, PaymentInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, requestId, input.Version, office: true, FundRequestStep.RecordPayment, (request, account, project) =>
        {
            var errors = new Errors();
            if (input.Amount is not { } amount || amount <= 0 || !MoneyAttribute.IsMoney(amount))
            {
                errors.Add(nameof(input.Amount), FundingTexts.Of("FundRequests.PleaseEnterAnAmountGreaterThan"));
            }
            else if (amount > request.Amount)
            {
                errors.Add(nameof(input.Amount), FundingTexts.Of("FundRequests.AtMostTheRequestedCanBe", Formatting.Euro(request.Amount)));
            }

            var today = db.Today;
            if (input.PaidOn is not { } paidOn)
            {
                errors.Add(nameof(input.PaidOn), FundingTexts.Of("FundRequests.PleaseEnterTheDateOfPayment"));
            }
            else
            {
                if (paidOn > today)
                {
                    errors.Add(nameof(input.PaidOn), FundingTexts.Of("FundRequests.APaymentCannotBeInThe"));
                }

                if (request.SubmittedAt is { } submitted && paidOn < Formatting.BerlinDate(submitted))
                {
                    errors.Add(nameof(input.PaidOn), FundingTexts.Of("FundRequests.ThePaymentCannotBeBeforeThe"));
                }

                var horizon = project.Programme?.Rules.FundRequestHorizonMonths ?? new FundingRules().FundRequestHorizonMonths;
                // The period may have changed since the request was checked (an amendment): only money for the period in force is paid.
                if (project.DecisionInForce is { } decision)
                {
                    foreach (var (_, message) in FundRequestRules.PeriodErrors(request.NeededFrom, request.NeededUntil, decision.PeriodStart, decision.PeriodEnd))
                    {
                        errors.Add("", FundingTexts.Of("FundRequests.FundsRequestNoIsNotWithin", request.Number, message));
                    }
                }

                // Only for a date that can be right (a date far in the future is refused above and would overflow here).
                if (paidOn <= today && request.NeededUntil > paidOn.AddMonths(horizon))
                {
                    errors.Add(nameof(input.PaidOn), FundingTexts.Of("FundRequests.TheMoneyIsNotNeededUntil", Formatting.Date(request.NeededUntil), horizon, Formatting.Date(request.NeededUntil.AddMonths(-horizon))));
                }
            }

            if (errors.Any)
            {
                return errors.ToOutcome();
            }

            request.RecordPayment(account, input.PaidOn!.Value, input.Amount!.Value, currentUser.Principal?.Identity?.Name);
            return null;
        }, cancellationToken);

    private async Task<Outcome> ChangeAsync(int projectId, int requestId, int? version, bool office, FundRequestStep step, Func<FundRequest, FundingAccount, Project, Outcome?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var (project, denied) = await LoadProjectAsync(projectId, lead: !office, cancellationToken);
            if (denied is not null)
            {
                return denied;
            }

            var request = await db.FundRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.ProjectId == projectId, cancellationToken);
            if (request is null)
            {
                return new Outcome.NotFound();
            }

            // A form shown before someone else changed the request is stale: nothing is decided on what it showed.
            if (version is { } expectedVersion && request.Version != expectedVersion)
            {
                return Stale();
            }

            if (request.Refusal(step) is { } refusal)
            {
                return new Outcome.Denied(refusal);
            }

            var account = await AccountAsync(project!, cancellationToken);
            if (change(request, account, project!) is { } refused)
            {
                return refused;
            }

            if (await TrySaveAsync(cancellationToken))
            {
                return new Outcome.Saved(request.Id);
            }

            if (attempt == Attempts)
            {
                return new Outcome.Conflict(FundingTexts.Of("FundRequests.AnotherFundsRequestOfThisProject"));
            }
        }
    }

    private async Task<(Project? Project, Outcome? Denied)> LoadProjectAsync(int projectId, bool lead, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.GrantDecisions).Include(p => p.Programme).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return (null, new Outcome.NotFound());
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, project, lead ? FundingOperations.Act : FundingOperations.Manage))
        {
            return (project, await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.View)
                ? new Outcome.Denied(lead ? "Mittelabrufe stellt die Projektleitung (oder das Projektbüro)." : "Mittelabrufe prüfen das Projektbüro und die Bewilligungsbehörde.")
                : new Outcome.Forbidden());
        }

        if (project.Status is not (ProjectStatus.Approved or ProjectStatus.Running or ProjectStatus.FundingPeriodEnded))
        {
            return (project, new Outcome.Denied(FundingTexts.Of("FundRequests.AtStageThereAreNoFunds", ProjectStatuses.Label(project.Status))));
        }

        return (project, null);
    }

    private async Task<FundingAccount> AccountAsync(Project project, CancellationToken cancellationToken)
    {
        var account = await db.FundingAccounts.FirstOrDefaultAsync(a => a.ProjectId == project.Id, cancellationToken);
        if (account is null)
        {
            account = new FundingAccount { ProjectId = project.Id };
            db.FundingAccounts.Add(account);
        }

        return account;
    }

    /// <summary>Saves; false when another change to the same account or request came first (then the caller retries).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Every money change moves the account's version on, even when only a request changed.
            foreach (var account in db.ChangeTracker.Entries<FundingAccount>().Where(e => e.State == EntityState.Unchanged))
            {
                account.State = EntityState.Modified;
            }

            foreach (var account in db.ChangeTracker.Entries<FundingAccount>().Where(e => e.State == EntityState.Modified))
            {
                account.Entity.Version++;
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is SqliteException { SqliteErrorCode: 5 or 6 } || IsUniqueViolation(e))
        {
            return false;
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is Npgsql.PostgresException { SqlState: "23505" } or SqliteException { SqliteErrorCode: 19 };


    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("FundRequests.TheFundsRequestHasBeenChanged"));
}
