using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding;

/// <summary>The funding areas of a project in the back office, shown in its tab row.</summary>
public sealed class FundingProjectTabs : IProjectTabContribution
{
    public IEnumerable<ProjectTab> GetTabs(ProjectTabContext context) =>
    [
        new("foerderung", "Förderung", 20),
        new("finanzierungsplan", "Finanzierungsplan", 30),
        new("bescheide", "Bescheide", 40),
        new("mittelabrufe", "Mittelabrufe", 50),
        new("nachweise", "Nachweise", 60),
    ];
}
