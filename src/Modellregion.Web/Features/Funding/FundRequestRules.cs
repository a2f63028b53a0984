using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>One result of checking an open fund request: whether it holds, and a German text with <c>{0}</c>… for its values.</summary>
public sealed record RequestCheck(bool Passed, string Text, IReadOnlyList<string> Arguments);

/// <summary>
/// The rules of a fund request, without a database: the input's own checks, the rules on submission (a decision in
/// force, the programme's horizon, the funding period, the final claim, the grant left) and the office's check of an
/// open request. <see cref="FundRequests"/> applies them; payment and amendments use the period rule.
/// </summary>
public static class FundRequestRules
{
    /// <summary>
    /// The office's check of an open request, as shown next to it: the grant left, the two-month rule for a payment
    /// today and the funding period. The same rules as on submission (<see cref="Submission"/>) and payment, applied to
    /// today: the office and the authority see what holds before they forward or pay.
    /// </summary>
    public static IReadOnlyList<RequestCheck> Check(FundRequest request, Project project, FundingAccount? account, DateOnly today)
    {
        var checks = new List<RequestCheck>();
        var committed = account?.Committed ?? 0m;
        if (project.ApprovedGrant is not { } grant)
        {
            checks.Add(new RequestCheck(false, "Für dieses Projekt gibt es noch keinen Zuwendungsbescheid.", []));
        }
        else if (committed <= grant)
        {
            checks.Add(new RequestCheck(true, "Zuwendung reicht: Mit diesem Abruf sind {0} von {1} abgerufen oder ausgezahlt, es bleiben {2}.",
                [Formatting.Euro(committed), Formatting.Euro(grant), Formatting.Euro(grant - committed)]));
        }
        else
        {
            checks.Add(new RequestCheck(false, "Zuwendung überschritten: Mit diesem Abruf sind {0} abgerufen oder ausgezahlt, bewilligt sind {1}.",
                [Formatting.Euro(committed), Formatting.Euro(grant)]));
        }

        // The programme sets the horizon (two months in NRW); the text names the programme's.
        var horizon = project.Programme?.Rules.FundRequestHorizonMonths ?? new FundingRules().FundRequestHorizonMonths;
        var months = horizon.ToString(System.Globalization.CultureInfo.InvariantCulture);
        checks.Add(request.NeededUntil <= today.AddMonths(horizon)
            ? new RequestCheck(true, "{1}-Monats-Regel eingehalten: Das Geld wird bis {0} gebraucht, höchstens {1} Monate nach einer Auszahlung heute.",
                [Formatting.Date(request.NeededUntil), months])
            : new RequestCheck(false, "{2}-Monats-Regel: Das Geld wird erst bis {0} gebraucht und darf frühestens am {1} ausgezahlt werden.",
                [Formatting.Date(request.NeededUntil), Formatting.Date(request.NeededUntil.AddMonths(-horizon)), months]));

        if (project.DecisionInForce is { } decision)
        {
            var periodErrors = PeriodErrors(request.NeededFrom, request.NeededUntil, decision.PeriodStart, decision.PeriodEnd);
            checks.AddRange(periodErrors.Count == 0
                ? [new RequestCheck(true, "Im Bewilligungszeitraum: Der Bedarf vom {0} bis {1} liegt darin.", [Formatting.Date(request.NeededFrom), Formatting.Date(request.NeededUntil)])]
                : periodErrors.Select(e => new RequestCheck(false, "Außerhalb des Bewilligungszeitraums: {0}", [e.Message])));
        }

        return checks;
    }

    /// <summary>The rules a request must meet when it is submitted; null when it may be submitted.</summary>
    internal static Outcome? Submission(Project project, FundRequest request, FundingAccount account, DateOnly today)
    {
        var errors = new Errors();
        var rules = project.Programme?.Rules ?? new FundingRules();
        var decision = project.DecisionInForce;
        if (decision is null || project.ApprovedGrant is not { } grant)
        {
            return new Outcome.Denied(FundingTexts.Of("Common.ThereIsNoGrantDecisionFor"));
        }

        if (request.NeededUntil < request.NeededFrom)
        {
            errors.Add(nameof(FundRequestInput.NeededUntil), FundingTexts.Of("FundRequests.TheEndOfThePeriodOf"));
        }

        var latest = today.AddMonths(rules.FundRequestHorizonMonths);
        if (request.NeededUntil > latest)
        {
            errors.Add(nameof(FundRequestInput.NeededUntil), FundingTexts.Of("FundRequests.FundsMayOnlyBeRequestedInsofar", rules.FundRequestHorizonMonths, Formatting.Date(latest)));
        }

        foreach (var (field, message) in PeriodErrors(request.NeededFrom, request.NeededUntil, decision.PeriodStart, decision.PeriodEnd))
        {
            errors.Add(field, message);
        }

        if (decision.PeriodEnd is { } end)
        {
            if (today > end && !request.IsSettlement)
            {
                errors.Add(nameof(FundRequestInput.IsSettlement), FundingTexts.Of("FundRequests.TheFundingPeriodExpiredOnOnly", Formatting.Date(end)));
            }

            if (today > rules.FinalProofDue(end))
            {
                errors.Add("", FundingTexts.Of("FundRequests.TheDeadlineForTheProofOf", Formatting.Date(rules.FinalProofDue(end))));
            }
        }

        if (request.IsSettlement && decision.PeriodEnd is { } periodEnd && today <= periodEnd)
        {
            errors.Add(nameof(FundRequestInput.IsSettlement), FundingTexts.Of("FundRequests.AFinalClaimIsOnlyPossible"));
        }

        if (account.Committed + request.Amount > grant)
        {
            errors.Add(nameof(FundRequestInput.Amount),
                $"Der Mittelabruf übersteigt die verbleibende Zuwendung: bewilligt {Formatting.Euro(grant)}, bereits abgerufen oder ausgezahlt {Formatting.Euro(account.Committed)}, " +
                $"verbleibend {Formatting.Euro(grant - account.Committed)}.");
        }

        return errors.Any ? errors.ToOutcome() : null;
    }

    /// <summary>
    /// The period rule: the money must be needed within the funding period (a settlement too: it pays costs incurred
    /// within it). Checked on submission, on payment and when an amendment changes the period.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> PeriodErrors(DateOnly neededFrom, DateOnly neededUntil, DateOnly? periodStart, DateOnly? periodEnd)
    {
        var errors = new List<(string, string)>();
        if (periodStart is { } start && neededFrom < start)
        {
            errors.Add((nameof(FundRequestInput.NeededFrom), $"Der Bewilligungszeitraum beginnt erst am {Formatting.Date(start)}."));
        }

        if (periodEnd is { } end && neededUntil > end)
        {
            errors.Add((nameof(FundRequestInput.NeededUntil), $"Der Bewilligungszeitraum endet am {Formatting.Date(end)}: Ausgaben danach werden nicht gefördert."));
        }

        return errors;
    }

    internal static Outcome.Invalid? Basic(FundRequestInput input)
    {
        var errors = new Errors();
        if (input.Amount is <= 0)
        {
            errors.Add(nameof(input.Amount), FundingTexts.Of("FundRequests.TheAmountMustBeGreaterThan"));
        }

        if (input.NeededFrom is { } from && input.NeededUntil is { } until && until < from)
        {
            errors.Add(nameof(input.NeededUntil), FundingTexts.Of("FundRequests.TheEndOfThePeriodOf"));
        }

        return errors.Any ? errors.ToOutcome() : null;
    }
}
