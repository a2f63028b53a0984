namespace Modellregion.Web.Features.Funding;

/// <summary>What the chart partial draws; <see cref="Id"/> keeps element ids unique on a page.</summary>
public sealed record MoneyChart(string Id, IReadOnlyList<MoneyPoint> Points);
