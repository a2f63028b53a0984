using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed class IndexModel(AppDbContext db) : BackOfficePageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "seite")] public int PageNumber { get; set; } = 1;

    public Page<Row> Organisations { get; private set; } = null!;

    public sealed record Row(int Id, string Slug, string Name, OrganisationType Type, string? Region, bool CanEdit);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanEditAnyRegionContent)
        {
            return Forbid();
        }

        var organisations = db.Organisations.AsNoTracking();
        if (permissions.EditableRegions is { } regions)
        {
            var ids = regions.ToList();
            organisations = organisations.Where(o => o.RegionId != null && ids.Contains(o.RegionId.Value));
        }

        if (!string.IsNullOrWhiteSpace(Query) && Query.Length <= 200)
        {
            var pattern = "%" + Query.Trim().ToLowerInvariant() + "%";
            organisations = organisations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
        }

        var total = await organisations.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await organisations.OrderBy(o => o.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new Row(o.Id, o.Slug, o.Name, o.Type, o.Region != null ? o.Region.ShortName : null, true))
            .ToListAsync(cancellationToken);
        Organisations = new Page<Row>(rows, PageNumber, PageSize, total);
        return Page();
    }
}
