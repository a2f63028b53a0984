using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;

namespace Modellregion.Web.Features.Regions.Admin;

/// <summary>The candidate list of one municipality field: the name of the choice, its id prefix, the current choice.</summary>
public sealed record MunicipalityCandidates(string ChoiceName, string IdPrefix, string Label, string? Chosen, IReadOnlyList<MunicipalityInfo> Candidates);

/// <summary>The choices of the region form and the candidate lists of its municipality fields.</summary>
public sealed record RegionFormOptions(IReadOnlyList<SelectListItem> Programmes, IReadOnlyDictionary<string, IReadOnlyList<MunicipalityInfo>> Candidates)
{
    /// <summary>Empty partner fields offered below the filled ones, to add partners without JavaScript.</summary>
    public const int EmptyPartnerFields = 3;

    public static async Task<RegionFormOptions> LoadAsync(AppDbContext db, IReadOnlyDictionary<string, IReadOnlyList<MunicipalityInfo>>? candidates, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return new RegionFormOptions(
            [.. programmes.Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture)))],
            candidates ?? new Dictionary<string, IReadOnlyList<MunicipalityInfo>>());
    }

    public IReadOnlyList<MunicipalityInfo> CandidatesOf(string property) => Candidates.GetValueOrDefault(property) ?? [];
}
