using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Funding;

/// <summary>Money at a glance: planned, approved, requested (open), paid and proven spent.</summary>
public sealed record MoneyFigures(decimal Planned, decimal Approved, decimal Requested, decimal Paid, decimal Proven)
{
    public static readonly MoneyFigures Zero = new(0, 0, 0, 0, 0);

    public decimal Remaining => Approved - Requested - Paid;

    public MoneyFigures Add(MoneyFigures other) =>
        new(Planned + other.Planned, Approved + other.Approved, Requested + other.Requested, Paid + other.Paid, Proven + other.Proven);
}

public sealed record RegionMoney(int RegionId, string RegionName, int Projects, MoneyFigures Money);

/// <summary>One point of the chart: approved (in force) and paid (cumulative) at the end of a quarter.</summary>
public sealed record MoneyPoint(int Year, int Quarter, decimal Approved, decimal Paid)
{
    public string Label => $"{Quarter}. Quartal {Year}";
}

public sealed class MoneyOverview(AppDbContext db)
{
    public async Task<MoneyFigures> ForProjectAsync(int projectId, CancellationToken cancellationToken = default) =>
        (await ByProjectAsync(db.Projects.Where(p => p.Id == projectId), cancellationToken)).GetValueOrDefault(projectId) ?? MoneyFigures.Zero;

    /// <summary>Per region (null: all) and for the programme as a whole.</summary>
    public async Task<(IReadOnlyList<RegionMoney> Regions, MoneyFigures Total)> ByRegionAsync(IReadOnlyCollection<int>? regions, CancellationToken cancellationToken = default)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.ApprovedGrant != null || p.Plan.RequestedGrant != null);
        if (regions is not null)
        {
            var ids = regions.ToList();
            projects = projects.Where(p => ids.Contains(p.RegionId));
        }

        var perProject = await ByProjectAsync(projects, cancellationToken);
        var regionOf = await projects.Select(p => new { p.Id, p.RegionId, Region = p.Region!.Name }).ToListAsync(cancellationToken);
        var list = regionOf.GroupBy(p => (p.RegionId, p.Region))
            .Select(g => new RegionMoney(g.Key.RegionId, g.Key.Region, g.Count(), g.Aggregate(MoneyFigures.Zero, (sum, p) => sum.Add(perProject.GetValueOrDefault(p.Id) ?? MoneyFigures.Zero))))
            .OrderBy(r => r.RegionName)
            .ToList();
        return (list, list.Aggregate(MoneyFigures.Zero, (sum, r) => sum.Add(r.Money)));
    }

    /// <summary>The figures of each of the given projects, in a fixed number of queries.</summary>
    public async Task<Dictionary<int, MoneyFigures>> ByProjectAsync(IQueryable<Projects.Project> projects, CancellationToken cancellationToken)
    {
        var rows = await projects.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                Approved = p.ApprovedGrant,
                DecisionPlanned = p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => g.EligibleCosts).FirstOrDefault(),
                WorkingPlanned = p.Plan.Lines.Sum(l => (decimal?)l.Amount),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var accounts = await db.FundingAccounts.AsNoTracking().Where(a => ids.Contains(a.ProjectId)).ToDictionaryAsync(a => a.ProjectId, cancellationToken);
        var proofs = await db.Proofs.AsNoTracking().Where(p => ids.Contains(p.ProjectId) && p.Status == ProofStatus.Accepted)
            .Select(p => new { p.ProjectId, p.Kind, Total = p.Lines.Sum(l => l.Actual) })
            .ToListAsync(cancellationToken);
        var proven = proofs.GroupBy(p => p.ProjectId).ToDictionary(
            g => g.Key,
            g => g.Any(p => p.Kind == ProofKind.Final) ? g.Where(p => p.Kind == ProofKind.Final).Sum(p => p.Total) : g.Sum(p => p.Total));
        return rows.ToDictionary(r => r.Id, r => new MoneyFigures(
            r.DecisionPlanned ?? r.WorkingPlanned ?? 0m,
            r.Approved ?? 0m,
            accounts.GetValueOrDefault(r.Id)?.Requested ?? 0m,
            accounts.GetValueOrDefault(r.Id)?.Paid ?? 0m,
            proven.GetValueOrDefault(r.Id)));
    }

    /// <summary>Approved (sum of decisions in force) and paid (cumulative), quarter by quarter up to <paramref name="today"/>.</summary>
    public async Task<IReadOnlyList<MoneyPoint>> TimelineAsync(int? projectId, IReadOnlyCollection<int>? regions, DateOnly today, CancellationToken cancellationToken = default)
    {
        var decisions = db.GrantDecisions.AsNoTracking().Where(g => g.DecidedOn != null);
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

        var decided = await decisions.Select(g => new { g.ProjectId, g.Sequence, g.DecidedOn, g.MaxAmount }).ToListAsync(cancellationToken);
        var paid = await payments.GroupBy(r => new { r.PaidOn!.Value.Year, r.PaidOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(r => r.PaidAmount) ?? 0m })
            .ToListAsync(cancellationToken);
        if (decided.Count == 0)
        {
            return [];
        }

        var first = decided.Min(d => d.DecidedOn!.Value);
        var points = new List<MoneyPoint>();
        for (var quarterStart = new DateOnly(first.Year, ((first.Month - 1) / 3 * 3) + 1, 1); quarterStart <= today; quarterStart = quarterStart.AddMonths(3))
        {
            var quarterEnd = quarterStart.AddMonths(3).AddDays(-1);
            var approved = decided.Where(d => d.DecidedOn <= quarterEnd).GroupBy(d => d.ProjectId).Sum(g => g.MaxBy(d => d.Sequence)!.MaxAmount);
            var paidSoFar = paid.Where(p => new DateOnly(p.Year, p.Month, 1) <= quarterEnd).Sum(p => p.Amount);
            points.Add(new MoneyPoint(quarterStart.Year, ((quarterStart.Month - 1) / 3) + 1, approved, paidSoFar));
        }

        return points;
    }
}
