using Modellregion.Web.Features.Projects.Admin;

namespace Modellregion.Web.Features.Funding;

/// <summary>The funding areas of a project in the back office, shown in its tab row to whoever may see its funding.</summary>
public sealed class FundingProjectTabs : IProjectTabContribution
{
    public IEnumerable<ProjectTab> Tabs { get; } =
    [
        new("foerderung", "Förderung", 20, FundingOperations.View),
        new("finanzierungsplan", "Finanzierungsplan", 30, FundingOperations.View),
        new("bescheide", "Bescheide", 40, FundingOperations.View),
        new("mittelabrufe", "Mittelabrufe", 50, FundingOperations.View),
        new("nachweise", "Nachweise", 60, FundingOperations.View),
    ];
}
