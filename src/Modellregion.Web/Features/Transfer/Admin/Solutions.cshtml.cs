using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class SolutionsModel(AppDbContext db) : BackOfficePageModel
{
    public sealed record Row(int Id, string Slug, string Title, SolutionKind Kind, string RegionName, int RegionId, bool IsPublished, int OpenCases, int PendingReuses);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Permissions Permissions { get; private set; } = Permissions.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Permissions = await PermissionsAsync();
        if (!Permissions.CanViewTransfer)
        {
            return Forbid();
        }

        var solutions = db.Solutions.AsNoTracking();
        if (Permissions.TransferRegions is { } regions)
        {
            var list = regions.ToList();
            solutions = solutions.Where(s => list.Contains(s.RegionId));
        }

        Rows = await solutions.OrderBy(s => s.IsSynthetic).ThenBy(s => s.Title).Take(500)
            .Select(s => new Row(s.Id, s.Slug, s.Title, s.Kind, s.Region!.ShortName, s.RegionId, s.IsPublished,
                db.Set<TransferCase>().Count(c => c.SolutionId == s.Id && c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled),
                s.Reuses.Count(r => r.Status == ReuseStatus.Declared)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
