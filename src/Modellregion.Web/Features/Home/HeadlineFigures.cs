using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Home;

/// <summary>
/// The headline figures of all programmes or of one: regions, published projects (closed among them), approved and
/// paid-out money as far as published, involved municipalities. Example data of a training region never counts.
/// </summary>
/// <param name="PaidTotal">Paid out to the projects whose payments are public; null when no project's payments are public (unknown, not 0).</param>
public sealed record Figures(
    int Regions,
    int Projects,
    int ClosedProjects,
    int ProjectsWithPublishedGrant,
    decimal ApprovedTotal,
    int ProjectsWithPublishedPayments,
    decimal? PaidTotal,
    int Municipalities)
{
    public bool IsEmpty => Regions == 0 && Projects == 0;
}

/// <summary>
/// The start page's and programme pages' headline figures, computed from the data (never typed in). All programmes
/// are counted together, each figure in one query grouped by programme (<see cref="ProjectScopes.ByProgramme"/>):
/// the start page shows every programme beside the whole, and a programme page reads its entry.
/// </summary>
public sealed class HeadlineFigures(AppDbContext db, PublicCache cache, InvolvedMunicipalities municipalities)
{
    private static readonly Figures None = new(0, 0, 0, 0, 0m, 0, null, 0);

    /// <param name="programmeId">One programme, or null for all.</param>
    public async Task<Figures> ComputeAsync(int? programmeId = null, CancellationToken cancellationToken = default)
    {
        var all = await cache.GetOrCreateAsync("headline-figures", () => ComputeUncachedAsync(cancellationToken));
        return programmeId is { } id ? all.ByProgramme.GetValueOrDefault(id, None) : all.Total;
    }

    private sealed record AllFigures(Figures Total, IReadOnlyDictionary<int, Figures> ByProgramme);

    private async Task<AllFigures> ComputeUncachedAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().Where(r => !r.IsExample)
            .GroupBy(r => r.ProgrammeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var published = db.Projects.AsNoTracking().Where(p => p.IsPublished).WithoutExamples();
        var projects = await published.ByProgramme()
            .Select(g => new { g.Key, Count = g.Count(), Closed = g.Count(p => p.Status == ProjectStatus.Closed) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var grants = await published.WithPublishedGrant().ByProgramme()
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(p => p.ApprovedGrant) ?? 0m })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        // One account per project (its key): the accounts of the projects with published payments count those projects.
        var payments = published.WithPublishedPayments(db);
        var paid = await db.FundingAccounts.AsNoTracking()
            .Where(a => payments.Any(p => p.Id == a.ProjectId))
            .ByProgramme(a => a.Project)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(a => a.Paid) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        var byProgramme = new Dictionary<int, Figures>();
        foreach (var id in regions.Keys.Union(projects.Keys))
        {
            var grant = grants.GetValueOrDefault(id);
            var payment = paid.GetValueOrDefault(id);
            var project = projects.GetValueOrDefault(id);
            byProgramme[id] = new Figures(
                regions.GetValueOrDefault(id),
                project?.Count ?? 0,
                project?.Closed ?? 0,
                grant?.Count ?? 0,
                grant?.Sum ?? 0m,
                payment?.Count ?? 0,
                payment?.Sum,
                await municipalities.CountAsync(id, cancellationToken));
        }

        var withPayments = paid.Values.Sum(p => p.Count);
        var total = new Figures(
            regions.Values.Sum(),
            projects.Values.Sum(p => p.Count),
            projects.Values.Sum(p => p.Closed),
            grants.Values.Sum(g => g.Count),
            grants.Values.Sum(g => g.Sum),
            withPayments,
            withPayments == 0 ? null : paid.Values.Sum(p => p.Sum),
            await municipalities.CountAsync(null, cancellationToken));
        return new AllFigures(total, byProgramme);
    }
}
