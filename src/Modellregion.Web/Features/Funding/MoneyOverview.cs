using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// Money at a glance: planned, approved, requested (open), paid and proven spent. A figure that is not known is null —
/// never 0: a project known only from public reports has no recorded payments, a project without any plan no planned
/// total. 0 means known to be nothing.
/// </summary>
public sealed record MoneyFigures(decimal? Planned, decimal? Approved, decimal? Requested, decimal? Paid, decimal? Proven)
{
    public static readonly MoneyFigures Unknown = new(null, null, null, null, null);

    /// <summary>Approved less asked for and paid; unknown when any of them is.</summary>
    public decimal? Remaining => Approved is { } approved && Requested is { } requested && Paid is { } paid ? approved - requested - paid : null;
}

/// <summary>A sum over projects that counts how many projects added a known figure and how many could not.</summary>
public readonly record struct MoneySum(decimal Amount, int Known, int Unknown)
{
    /// <summary>Nothing known at all (but there were projects to sum).</summary>
    public bool IsUnknown => Known == 0 && Unknown > 0;

    public MoneySum Add(decimal? value) => value is { } v ? new(Amount + v, Known + 1, Unknown) : this with { Unknown = Unknown + 1 };

    public MoneySum Add(MoneySum other) => new(Amount + other.Amount, Known + other.Known, Unknown + other.Unknown);
}

/// <summary>The figures of several projects: known amounts summed, unknown ones counted.</summary>
public sealed record MoneyTotals(MoneySum Planned, MoneySum Approved, MoneySum Requested, MoneySum Paid, MoneySum Proven)
{
    public static readonly MoneyTotals Zero = new(default, default, default, default, default);

    public MoneyTotals Add(MoneyFigures figures) =>
        new(Planned.Add(figures.Planned), Approved.Add(figures.Approved), Requested.Add(figures.Requested), Paid.Add(figures.Paid), Proven.Add(figures.Proven));

    public MoneyTotals Add(MoneyTotals other) =>
        new(Planned.Add(other.Planned), Approved.Add(other.Approved), Requested.Add(other.Requested), Paid.Add(other.Paid), Proven.Add(other.Proven));
}

public sealed record RegionMoney(int RegionId, string RegionName, int Projects, MoneyTotals Money)
{
    /// <summary>The fictional training region: shown, marked, and left out of the programme's total.</summary>
    public bool IsExample { get; init; }
}

/// <summary>One point of the chart: approved (in force) and paid (cumulative) at the end of a quarter.</summary>
public sealed record MoneyPoint(int Year, int Quarter, decimal Approved, decimal Paid)
{
    public string Label => $"{Quarter}. Quartal {Year}";
}

/// <summary>The programme-wide figures of the finances page.</summary>
public sealed record ProgrammeMoney(IReadOnlyList<RegionMoney> Regions, MoneyTotals Total, IReadOnlyList<MoneyPoint> Timeline)
{
    /// <summary>Total and timeline leave out the example data listed among the regions.</summary>
    public bool ExcludesExamples { get; init; }
}

public sealed class MoneyOverview(AppDbContext db, PublicCache cache)
{
    /// <summary>
    /// Per region, in total and over time, for the regions given (null: all). Cached like the public aggregates:
    /// every saved change on this node recomputes it, other nodes agree again within a minute. Across all regions the
    /// total and the timeline are the real programme's: example data (the training region) is listed but not added.
    /// </summary>
    public Task<ProgrammeMoney> ProgrammeAsync(IReadOnlyCollection<int>? regions, DateOnly today, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"money:{today.DayNumber}:{(regions is null ? "all" : string.Join(',', regions.Order()))}", async () =>
        {
            var (list, total) = await ByRegionAsync(regions, cancellationToken);
            if (regions is not null || !list.Any(r => r.IsExample))
            {
                return new ProgrammeMoney(list, total, await TimelineAsync(null, regions, today, cancellationToken));
            }

            var real = await db.Regions.AsNoTracking().Where(r => !r.IsExample).Select(r => r.Id).ToListAsync(cancellationToken);
            var realTotal = list.Where(r => !r.IsExample).Aggregate(MoneyTotals.Zero, (sum, r) => sum.Add(r.Money));
            return new ProgrammeMoney(list, realTotal, await TimelineAsync(null, real, today, cancellationToken)) { ExcludesExamples = true };
        });

    public async Task<MoneyFigures> ForProjectAsync(int projectId, CancellationToken cancellationToken = default) =>
        (await ByProjectAsync(db.Projects.Where(p => p.Id == projectId), cancellationToken)).GetValueOrDefault(projectId) ?? MoneyFigures.Unknown;

    /// <summary>Per region (null: all) and for the programme as a whole.</summary>
    public async Task<(IReadOnlyList<RegionMoney> Regions, MoneyTotals Total)> ByRegionAsync(IReadOnlyCollection<int>? regions, CancellationToken cancellationToken = default)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.ApprovedGrant != null || p.Plan.RequestedGrant != null);
        if (regions is not null)
        {
            var ids = regions.ToList();
            projects = projects.Where(p => ids.Contains(p.RegionId));
        }

        var perProject = await ByProjectAsync(projects, cancellationToken);
        var regionOf = await projects.Select(p => new { p.Id, p.RegionId, Region = p.Region!.Name, p.Region.IsExample }).ToListAsync(cancellationToken);
        var list = regionOf.GroupBy(p => (p.RegionId, p.Region, p.IsExample))
            .Select(g => new RegionMoney(g.Key.RegionId, g.Key.Region, g.Count(), g.Aggregate(MoneyTotals.Zero, (sum, p) => sum.Add(perProject.GetValueOrDefault(p.Id) ?? MoneyFigures.Unknown)))
            { IsExample = g.Key.IsExample })
            .OrderBy(r => r.IsExample).ThenBy(r => r.RegionName)
            .ToList();
        return (list, list.Aggregate(MoneyTotals.Zero, (sum, r) => sum.Add(r.Money)));
    }

    /// <summary>
    /// The figures of each of the given projects, in a fixed number of queries. Requests, payments and proofs are known
    /// for projects administered here (none recorded: 0) and for any project with recorded ones; for a project known
    /// only from reports they are unknown. Approved is unknown only for such a project without a published grant.
    /// </summary>
    public async Task<Dictionary<int, MoneyFigures>> ByProjectAsync(IQueryable<Projects.Project> projects, CancellationToken cancellationToken)
    {
        var rows = await projects.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                p.IsAdministered,
                Approved = p.ApprovedGrant,
                DecisionPlanned = p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => g.EligibleCosts).FirstOrDefault(),
                WorkingPlanned = p.Plan.Lines.Sum(l => (decimal?)l.Amount),
                p.Plan.RequestedGrant,
                p.Plan.OwnContribution,
                p.Plan.ThirdPartyFunds,
            })
            .ToListAsync(cancellationToken);
        // Joined with the same project query rather than a list of ids: one scan each, whatever the number of projects.
        var accounts = await db.FundingAccounts.AsNoTracking()
            .Join(projects, a => a.ProjectId, p => p.Id, (a, _) => a)
            .ToDictionaryAsync(a => a.ProjectId, cancellationToken);
        var proofs = await db.Proofs.AsNoTracking().Where(p => p.Status == ProofStatus.Accepted)
            .Join(projects, p => p.ProjectId, project => project.Id, (p, _) => new { p.ProjectId, p.Kind, Total = p.Lines.Sum(l => l.Actual) })
            .ToListAsync(cancellationToken);
        var proven = proofs.GroupBy(p => p.ProjectId).ToDictionary(
            g => g.Key,
            g => g.Any(p => p.Kind == ProofKind.Final) ? g.Where(p => p.Kind == ProofKind.Final).Sum(p => p.Total) : g.Sum(p => p.Total));
        static decimal? Recorded(bool administered, decimal? value) => value ?? (administered ? 0m : null);

        // Plan lines are always above 0: a sum of 0 means the working plan has no lines.
        return rows.ToDictionary(r => r.Id, r => new MoneyFigures(
            r.DecisionPlanned ?? (r.WorkingPlanned is > 0 ? r.WorkingPlanned : null) ?? PlannedFromFinancing(r.RequestedGrant, r.OwnContribution, r.ThirdPartyFunds),
            Recorded(r.IsAdministered, r.Approved),
            Recorded(r.IsAdministered, accounts.GetValueOrDefault(r.Id)?.Requested),
            Recorded(r.IsAdministered, accounts.GetValueOrDefault(r.Id)?.Paid),
            Recorded(r.IsAdministered, proven.TryGetValue(r.Id, out var amount) ? amount : null)));
    }

    /// <summary>
    /// A plan known only by its financing (reported figures, no cost lines) plans what grant and own share cover
    /// together, as a balanced plan would; with only one of them known, the planned total is unknown.
    /// </summary>
    private static decimal? PlannedFromFinancing(decimal? grant, decimal? ownContribution, decimal? thirdPartyFunds) =>
        grant is { } g && ownContribution is { } own ? g + own + (thirdPartyFunds ?? 0m) : null;

    /// <summary>
    /// Approved (sum of decisions in force) and paid (cumulative), quarter by quarter up to <paramref name="today"/>.
    /// Every decision counts, so the last point shows the same approved sum as the tables: one without a date (known only
    /// from reports) counts from the start of its funding period, one without either from the first quarter shown.
    /// </summary>
    public async Task<IReadOnlyList<MoneyPoint>> TimelineAsync(int? projectId, IReadOnlyCollection<int>? regions, DateOnly today, CancellationToken cancellationToken = default)
    {
        var decisions = db.GrantDecisions.AsNoTracking();
        var payments = db.FundRequests.AsNoTracking().Where(r => r.Status == FundRequestStatus.Paid && r.PaidOn != null);
        if (projectId is { } id)
        {
            decisions = decisions.Where(g => g.ProjectId == id);
            payments = payments.Where(r => r.ProjectId == id);
        }
        else if (regions is not null)
        {
            var ids = regions.ToList();
            decisions = decisions.Where(g => ids.Contains(g.Project!.RegionId));
            payments = payments.Where(r => ids.Contains(r.Project!.RegionId));
        }

        var decided = (await decisions.Select(g => new { g.ProjectId, g.Sequence, g.DecidedOn, g.PeriodStart, g.MaxAmount }).ToListAsync(cancellationToken))
            .Select(g => new DecisionPoint(g.ProjectId, g.Sequence, g.DecidedOn, g.PeriodStart, g.MaxAmount))
            .ToList();
        // Grouped by the payment date as stored (no date functions per row; the index on status and date covers it).
        var paid = (await payments.GroupBy(r => r.PaidOn!.Value)
            .Select(g => new { Day = g.Key, Amount = g.Sum(r => r.PaidAmount) ?? 0m })
            .ToListAsync(cancellationToken))
            .Select(p => (p.Day, p.Amount)).ToList();
        return Sweep(decided, paid, today);
    }

    /// <summary>A project's payments per day (compiled: the public project page asks for it on every visit).</summary>
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<PaidDay>> PaidPerDay = EF.CompileAsyncQuery(
        (AppDbContext db, int projectId) => db.Set<FundRequest>().AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.Status == FundRequestStatus.Paid && r.PaidOn != null)
            .GroupBy(r => r.PaidOn!.Value)
            .Select(g => new PaidDay(g.Key, g.Sum(r => r.PaidAmount) ?? 0m)));

    /// <summary>
    /// The quarterly timeline of one project whose decisions the caller has already loaded: only its payments are
    /// queried (one command).
    /// </summary>
    public async Task<IReadOnlyList<MoneyPoint>> ProjectTimelineAsync(int projectId, IEnumerable<DecisionPoint> decisions, DateOnly today, CancellationToken cancellationToken = default)
    {
        var decided = decisions.ToList();
        if (decided.Count == 0)
        {
            return [];
        }

        var paid = (await PaidPerDay(db, projectId).ToListAsync(cancellationToken)).Select(p => (p.Day, p.Amount)).ToList();
        return Sweep(decided, paid, today);
    }

    private static List<MoneyPoint> Sweep(List<DecisionPoint> decided, List<(DateOnly Day, decimal Amount)> paid, DateOnly today)
    {
        if (decided.Count == 0)
        {
            return [];
        }

        // One sweep through decisions and payments in date order: the decision in force per project is the one with
        // the highest sequence decided so far. Undated decisions come first, so they count from the first quarter.
        var decisionsByDate = decided.OrderBy(d => d.On(today) ?? DateOnly.MinValue).ThenBy(d => d.Sequence).ToList();
        var paymentsByDate = paid.OrderBy(p => p.Day).ToList();
        var inForce = new Dictionary<int, (int Sequence, decimal Amount)>();
        var (nextDecision, nextPayment, approved, paidSoFar) = (0, 0, 0m, 0m);
        var first = new[] { decided.Min(d => d.On(today)), paymentsByDate.Count == 0 ? null : (DateOnly?)paymentsByDate[0].Day, today }.Where(d => d is not null).Min()!.Value;
        var points = new List<MoneyPoint>();
        for (var quarterStart = new DateOnly(first.Year, ((first.Month - 1) / 3 * 3) + 1, 1); quarterStart <= today; quarterStart = quarterStart.AddMonths(3))
        {
            var quarterEnd = quarterStart.AddMonths(3).AddDays(-1);
            for (; nextDecision < decisionsByDate.Count && (decisionsByDate[nextDecision].On(today) ?? DateOnly.MinValue) <= quarterEnd; nextDecision++)
            {
                var decision = decisionsByDate[nextDecision];
                if (!inForce.TryGetValue(decision.ProjectId, out var current) || decision.Sequence > current.Sequence)
                {
                    approved += decision.MaxAmount - current.Amount;
                    inForce[decision.ProjectId] = (decision.Sequence, decision.MaxAmount);
                }
            }

            for (; nextPayment < paymentsByDate.Count && paymentsByDate[nextPayment].Day <= quarterEnd; nextPayment++)
            {
                paidSoFar += paymentsByDate[nextPayment].Amount;
            }

            points.Add(new MoneyPoint(quarterStart.Year, ((quarterStart.Month - 1) / 3) + 1, approved, paidSoFar));
        }

        return points;
    }
}

/// <summary>A grant decision as the money timeline needs it: in force from its date (or the start of its period).</summary>
public sealed record DecisionPoint(int ProjectId, int Sequence, DateOnly? DecidedOn, DateOnly? PeriodStart, decimal MaxAmount)
{
    /// <summary>In force from its date, else from the start of its period, never later than today (it is in force now).</summary>
    public DateOnly? On(DateOnly today) => (DecidedOn ?? PeriodStart) is { } on ? (on > today ? today : on) : null;
}

/// <summary>What was paid out on one day.</summary>
internal sealed record PaidDay(DateOnly Day, decimal Amount);
