using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>
/// The region filter of the programme-wide funding pages: the regions the use case allows (it decides which, see
/// <see cref="FundingOperations.Regions"/>), narrowed to one on request.
/// </summary>
public sealed record RegionScope(IReadOnlyList<Option> Regions, string? Selected, IReadOnlyCollection<int>? RegionIds, bool Unknown)
{
    /// <param name="allowed">The regions the person may see; null means all.</param>
    public static async Task<RegionScope> ResolveAsync(AppDbContext db, IReadOnlyCollection<int>? allowed, string? slug, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Slug, r.Name }).ToListAsync(cancellationToken);
        var visible = regions.Where(r => allowed is null || allowed.Contains(r.Id)).ToList();
        var options = visible.Select(r => new Option(r.Slug, r.Name)).ToList();
        if (string.IsNullOrWhiteSpace(slug))
        {
            return new RegionScope(options, null, allowed, false);
        }

        var match = visible.FirstOrDefault(r => r.Slug == slug);
        return match is null ? new RegionScope(options, null, allowed, true) : new RegionScope(options, match.Slug, [match.Id], false);
    }
}
