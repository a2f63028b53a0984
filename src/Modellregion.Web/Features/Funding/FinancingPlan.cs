namespace Modellregion.Web.Features.Funding;

/// <summary>
/// The financing plan (Finanzierungsplan) of a project: eligible costs by line, and how they are covered —
/// the grant asked for, the own contribution and third-party funds. It balances when the lines add up to the
/// three sources together.
/// </summary>
public class FinancingPlan
{
    public List<PlanLine> Lines { get; set; } = [];
    public decimal? OwnContribution { get; set; }
    public decimal? ThirdPartyFunds { get; set; }
    public decimal? RequestedGrant { get; set; }

    public bool IsEmpty => Lines.Count == 0;

    public decimal EligibleCosts => Lines.Sum(l => l.Amount);

    public decimal Coverage => (RequestedGrant ?? 0m) + (OwnContribution ?? 0m) + (ThirdPartyFunds ?? 0m);

    public bool Balances => !IsEmpty && EligibleCosts == Coverage;

    /// <summary>The funding rate in percent of eligible costs, two decimals, rounded up so a cap is never undercut by rounding.</summary>
    public decimal? RatePercent => EligibleCosts == 0m || RequestedGrant is null
        ? null
        : decimal.Ceiling(RequestedGrant.Value * 10000m / EligibleCosts) / 100m;

    public FinancingPlan Copy() => new()
    {
        Lines = [.. Lines.Select(l => l.Copy())],
        OwnContribution = OwnContribution,
        ThirdPartyFunds = ThirdPartyFunds,
        RequestedGrant = RequestedGrant,
    };
}

/// <summary>One line of the plan: a category, what it is for, and the eligible amount.</summary>
public class PlanLine
{
    public CostCategory Category { get; set; }
    public required string Description { get; set; }
    public decimal Amount { get; set; }
    public int SortOrder { get; set; }

    public PlanLine Copy() => new() { Category = Category, Description = Description, Amount = Amount, SortOrder = SortOrder };
}
