using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A reuse as the portal shows it (solution page, municipality page): who uses which solution since when, with
/// sources. Never who declared it, who confirmed it or why a declaration was rejected.
/// </summary>
public sealed record ReuseApiItem(
    string SolutionSlug, string SolutionTitle, string? SolutionRegionSlug, string UserName, string? MunicipalityAgs, string? MunicipalityName,
    string? OrganisationSlug, DateOnly? Since, DatePrecision SincePrecision, string? Note, string Status, bool IsExample, IReadOnlyList<SourceReference> Sources);

/// <summary>The filters of <c>/api/v1/reuses</c>, already checked: ids and keys that exist.</summary>
public sealed record ReuseApiFilter(int? SolutionId, string? MunicipalityAgs, int? RegionId);

/// <summary>
/// The public reuses for the read API: confirmed reuses of published solutions (the same rule as the solution and
/// municipality pages and the open data set „nachnutzungen“); declared and rejected ones are the office's business.
/// </summary>
public sealed class PublicReuses(AppDbContext db)
{
    public const int PageSize = 20;

    /// <summary>The only state the public sees, as the API names it.</summary>
    public const string ConfirmedStatus = "bestaetigt";

    public async Task<Page<ReuseApiItem>> PageAsync(ReuseApiFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var reuses = Public();
        if (filter.SolutionId is { } solution)
        {
            reuses = reuses.Where(r => r.SolutionId == solution);
        }

        if (filter.MunicipalityAgs is { } ags)
        {
            // As the municipality's page: the municipality itself or one of its organisations in the directory.
            reuses = reuses.Where(r => r.MunicipalityAgs == ags || (r.Organisation != null && r.Organisation.MunicipalityAgs == ags && !r.Organisation.IsSynthetic));
        }

        if (filter.RegionId is { } region)
        {
            reuses = reuses.Where(r => r.Solution!.RegionId == region);
        }

        var total = await reuses.CountAsync(cancellationToken);
        var rows = await reuses.OrderBy(r => r.Solution!.IsExample).ThenBy(r => r.Solution!.Title).ThenBy(r => r.UserName).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Solution!.Slug,
                r.Solution.Title,
                RegionSlug = r.Solution.Region != null ? r.Solution.Region.Slug : null,
                r.UserName,
                r.MunicipalityAgs,
                MunicipalityName = r.Municipality != null ? r.Municipality.Name : null,
                OrganisationSlug = r.Organisation != null ? r.Organisation.Slug : null,
                r.Since,
                r.SincePrecision,
                r.Note,
                r.Solution.IsExample,
                Sources = r.Sources.ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ReuseApiItem(r.Slug, r.Title, r.RegionSlug, r.UserName, r.MunicipalityAgs?.Trim(), r.MunicipalityName, r.OrganisationSlug,
            r.Since, r.SincePrecision, r.Note, ConfirmedStatus, r.IsExample, r.Sources)).ToList();
        return new Page<ReuseApiItem>(items, page, PageSize, total);
    }

    /// <summary>The id of the published solution with this short name, or null.</summary>
    public async Task<int?> SolutionIdAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Solutions.AsNoTracking().Where(s => s.Slug == slug && s.IsPublished).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the official register knows this AGS.</summary>
    public Task<bool> MunicipalityExistsAsync(string ags, CancellationToken cancellationToken = default) =>
        db.Municipalities.AsNoTracking().AnyAsync(m => m.Ags == ags, cancellationToken);

    /// <summary>The id of the region with this short name, or null.</summary>
    public async Task<int?> RegionIdAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Slug == slug).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Reuse> Public() =>
        db.Reuses.AsNoTracking().Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished);
}
