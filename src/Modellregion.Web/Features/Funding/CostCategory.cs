namespace Modellregion.Web.Features.Funding;

/// <summary>The categories of a financing plan.</summary>
public enum CostCategory
{
    Personnel = 1,
    Material = 2,
    Investment = 3,
    Contracts = 4,
    Other = 9,
}

public static class CostCategories
{
    public static readonly IReadOnlyList<(CostCategory Category, string Label)> All =
    [
        (CostCategory.Personnel, "Personalausgaben"),
        (CostCategory.Material, "Sachausgaben"),
        (CostCategory.Investment, "Investitionen"),
        (CostCategory.Contracts, "Aufträge an Dritte"),
        (CostCategory.Other, "Sonstige"),
    ];

    public static string Label(CostCategory category) => All.First(c => c.Category == category).Label;
}
