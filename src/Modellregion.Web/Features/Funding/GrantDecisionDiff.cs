using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>A readable comparison of two versions of a grant decision.</summary>
public static class GrantDecisionDiff
{
    public sealed record Row(string Field, string? Before, string? After)
    {
        public bool Changed => Before != After;
    }

    public static IReadOnlyList<Row> Compare(GrantDecision a, GrantDecision b)
    {
        var rows = new List<Row>
        {
            new("Datum des Bescheids", Formatting.Date(a.DecidedOn), Formatting.Date(b.DecidedOn)),
            new("Aktenzeichen", a.FileNumber, b.FileNumber),
            new("Höchstbetrag", Formatting.Euro(a.MaxAmount), Formatting.Euro(b.MaxAmount)),
            new("Förderquote", a.FundingRatePercent is { } ra ? Formatting.Percent(ra) : null, b.FundingRatePercent is { } rb ? Formatting.Percent(rb) : null),
            new("Zuwendungsfähige Ausgaben", Formatting.Euro(a.EligibleCosts, ""), Formatting.Euro(b.EligibleCosts, "")),
            new("Bewilligungszeitraum", $"{Formatting.Date(a.PeriodStart)} – {Formatting.Date(a.PeriodEnd)}", $"{Formatting.Date(b.PeriodStart)} – {Formatting.Date(b.PeriodEnd)}"),
            new("Eigenanteil", Formatting.Euro(a.Plan.OwnContribution, ""), Formatting.Euro(b.Plan.OwnContribution, "")),
            new("Drittmittel", Formatting.Euro(a.Plan.ThirdPartyFunds, ""), Formatting.Euro(b.Plan.ThirdPartyFunds, "")),
            new("Nebenbestimmungen", a.Conditions, b.Conditions),
            new("Änderungsgrund", a.Reason, b.Reason),
        };
        var linesA = a.Plan.Lines.GroupBy(LineKey).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var linesB = b.Plan.Lines.GroupBy(LineKey).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        foreach (var key in linesA.Keys.Union(linesB.Keys).Order())
        {
            rows.Add(new($"Plan: {key}", linesA.TryGetValue(key, out var la) ? Formatting.Euro(la) : null, linesB.TryGetValue(key, out var lb) ? Formatting.Euro(lb) : null));
        }

        return rows;
    }

    private static string LineKey(PlanLine line) => $"{CostCategories.Label(line.Category)} – {line.Description}";
}
