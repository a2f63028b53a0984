using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer.PublicCode;

namespace Modellregion.Web.Features.Transfer.Admin;

/// <summary>The choices of the solution form.</summary>
public sealed record SolutionFormOptions(
    IReadOnlyList<SelectListItem> Regions,
    IReadOnlyList<SelectListItem> Providers,
    IReadOnlyList<SelectListItem> Projects,
    IReadOnlyList<SelectListItem> Topics,
    IReadOnlyList<SelectListItem> Kinds,
    IReadOnlyList<SelectListItem> Maturities,
    IReadOnlyList<SelectListItem> TargetTypes,
    IReadOnlyList<SelectListItem> TargetSizes,
    IReadOnlyList<SelectListItem> OperatorModels,
    IReadOnlyList<SelectListItem> MaintenanceTypes,
    IReadOnlyList<SelectListItem> SoftwareTypes,
    IReadOnlyList<SelectListItem> Platforms)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static async Task<SolutionFormOptions> LoadAsync(AppDbContext db, Scopes scopes, int? regionId, IReadOnlyCollection<int> linkedProjects, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var projectRegion = regionId;
        var projects = await db.Projects.AsNoTracking()
            .Where(p => (projectRegion != null && p.RegionId == projectRegion && !p.IsSynthetic) || linkedProjects.Contains(p.Id))
            .OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).Take(500).ToListAsync(cancellationToken);
        var providers = await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return new SolutionFormOptions(
            [.. regions.Where(r => TransferOperations.MayManage(scopes, r.Id) || r.Id == regionId).Select(r => new SelectListItem(r.Name, Id(r.Id)))],
            [.. providers.Select(o => new SelectListItem(o.Name, Id(o.Id)))],
            [.. projects.Select(p => new SelectListItem(p.Title, Id(p.Id)))],
            [.. (await db.Topics.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => new SelectListItem(t.Name, Id(t.Id)))],
            [.. SolutionVocabulary.Kinds.Select(k => new SelectListItem(k.Label, Id((int)k.Kind)))],
            [.. SolutionVocabulary.Maturities.Select(m => new SelectListItem(m.Label, Id((int)m.Maturity)))],
            [.. SolutionVocabulary.TypeLabels.Select(t => new SelectListItem(t.Label, Id((int)t.Type)))],
            [.. SolutionVocabulary.SizeLabels.Select(t => new SelectListItem(t.Label, Id((int)t.Size)))],
            [.. SolutionVocabulary.OperatorModelLabels.Select(t => new SelectListItem(t.Label, Id((int)t.Model)))],
            [.. SolutionVocabulary.MaintenanceTypes.Select(t => new SelectListItem(t.Label, Id((int)t.Type)))],
            [.. PublicCodeSchema.SoftwareTypes.Select(t => new SelectListItem(t, t))],
            [.. PublicCodeSchema.Platforms.Select(t => new SelectListItem(t, t))]);
    }
}
