using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// The reuse figures shown on the start page and the catalogue, computed from the data. Example data (the fictional
/// training region's solutions, their reuses and transfer cases) is left out: the figures are the real ones.
/// </summary>
public sealed record TransferFigures(
    int Solutions,
    int MunicipalitiesReached,
    int Reuses,
    int OpenCases,
    decimal FundingOfReusedSolutions,
    decimal? FundingPerReusingMunicipality);

public sealed class ReuseFigures(AppDbContext db, PublicCache cache)
{
    public Task<TransferFigures> ComputeAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("transfer-figures", async () =>
        {
            // Example data of a training region is shown, marked, but never counted.
            var solutions = await db.Solutions.CountAsync(s => s.IsPublished && !s.IsExample, cancellationToken);
            var confirmed = db.Reuses.Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && !r.Solution.IsExample);
            var reuses = await confirmed.CountAsync(cancellationToken);
            var municipalities = await confirmed.Where(r => r.MunicipalityAgs != null).Select(r => r.MunicipalityAgs).Distinct().CountAsync(cancellationToken);
            var open = await db.TransferCases.CountAsync(c => c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled && !c.Solution!.IsExample, cancellationToken);

            // Public money of the projects whose results are reused by at least one municipality, each project once.
            var projectIds = db.SolutionProjects
                .Where(sp => sp.Solution!.IsPublished && !sp.Solution.IsExample && sp.Solution.Reuses.Any(r => r.Status == ReuseStatus.Confirmed && r.MunicipalityAgs != null))
                .Select(sp => sp.ProjectId)
                .Distinct();
            var funding = await PublicFunding.SumAsync(db.Projects.Where(p => projectIds.Contains(p.Id)), cancellationToken);
            return new TransferFigures(solutions, municipalities, reuses, open, funding, municipalities == 0 ? null : decimal.Round(funding / municipalities, 2));
        });
}
