using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class IndexModel(AppDbContext db) : BackOfficePageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "seite")] public int PageNumber { get; set; } = 1;
    [FromQuery(Name = "status")] public string? Status { get; set; }

    /// <summary>The stage chosen in the address, if it is one.</summary>
    public ProjectStatus? SelectedStatus { get; private set; }

    public Permissions Permissions { get; private set; } = Permissions.None;
    public Page<Row> Projects { get; private set; } = null!;

    public sealed record Row(int Id, string Slug, string Title, string Region, int RegionId, ProjectStatus Status, bool IsPublished, DateTime UpdatedAt);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Permissions = await PermissionsAsync();
        if (!Permissions.CanUseBackOffice)
        {
            return Forbid();
        }

        var projects = Permissions.Visible(db.Projects.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(Query) && Query.Length <= 200)
        {
            var pattern = "%" + Query.Trim().ToLowerInvariant() + "%";
            projects = projects.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern));
        }

        SelectedStatus = ProjectStatuses.FromSlug(Status);
        if (SelectedStatus is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        var total = await projects.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        var rows = await projects.OrderBy(p => p.Region!.Name).ThenBy(p => p.Title)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Slug, p.Title, p.Region!.ShortName, p.RegionId, p.Status, p.IsPublished, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        Projects = new Page<Row>(rows, PageNumber, PageSize, total);
        return Page();
    }
}
