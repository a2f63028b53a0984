using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class DeadlinesModel(AppDbContext db, Deadlines deadlines) : BackOfficePageModel
{
    [FromQuery(Name = "region")] public string? Region { get; set; }

    public RegionScope Scope { get; private set; } = null!;
    public DeadlineBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.SeesFunding)
        {
            return Forbid();
        }

        Scope = await RegionScope.ResolveAsync(db, permissions, Region, cancellationToken);
        Board = await deadlines.BoardAsync(Scope.RegionIds, DateOnly.FromDateTime(Formatting.ToBerlin(db.UtcNow)), cancellationToken);
        return Page();
    }
}
