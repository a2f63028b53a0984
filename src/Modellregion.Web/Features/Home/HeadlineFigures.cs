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

/// <summary>The start page's and programme pages' headline figures, computed from the data (never typed in).</summary>
public sealed class HeadlineFigures(AppDbContext db, PublicCache cache, InvolvedMunicipalities municipalities)
{
    /// <param name="programmeId">One programme, or null for all.</param>
    public Task<Figures> ComputeAsync(int? programmeId = null, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"headline-figures:{programmeId}", () => ComputeUncachedAsync(programmeId, cancellationToken));

    private async Task<Figures> ComputeUncachedAsync(int? programmeId, CancellationToken cancellationToken)
    {
        var regionSet = db.Regions.AsNoTracking().Where(r => !r.IsExample);
        var published = db.Projects.AsNoTracking().Where(p => p.IsPublished).WithoutExamples();
        if (programmeId is { } id)
        {
            regionSet = regionSet.Where(r => r.ProgrammeId == id);
            published = published.InProgramme(id);
        }

        var regions = await regionSet.CountAsync(cancellationToken);
        var projects = await published.CountAsync(cancellationToken);
        var closed = await published.CountAsync(p => p.Status == ProjectStatus.Closed, cancellationToken);
        var grants = published.WithPublishedGrant();
        var withGrant = await grants.CountAsync(cancellationToken);
        var approved = await grants.SumAsync(p => p.ApprovedGrant, cancellationToken) ?? 0m;
        var payments = published.WithPublishedPayments(db);
        var withPayments = await payments.CountAsync(cancellationToken);
        decimal? paid = withPayments == 0
            ? null
            : await db.FundingAccounts.AsNoTracking().Where(a => payments.Any(p => p.Id == a.ProjectId)).SumAsync(a => a.Paid, cancellationToken);
        var involved = await municipalities.CountAsync(programmeId, cancellationToken);
        return new Figures(regions, projects, closed, withGrant, approved, withPayments, paid, involved);
    }
}
