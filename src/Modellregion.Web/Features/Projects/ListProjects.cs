using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>A project in the back-office list, and whether the person may edit it.</summary>
public sealed record ProjectListRow(int Id, string Slug, string Title, string Region, int RegionId, ProjectStatus Status, bool IsPublished, DateTime UpdatedAt, bool CanEdit);

/// <summary>
/// The back-office list: the projects the person sees, the stage chosen, whether they may create projects and whether
/// they may edit milestones as a table (<see cref="MilestoneRoundTrip"/>).
/// </summary>
public sealed record ProjectList(Page<ProjectListRow> Projects, ProjectStatus? SelectedStatus, bool MayCreate, bool MayEditMilestoneTable = false);

/// <summary>The back-office list of projects (<c>/verwaltung/projekte</c>) for anyone with a role, limited to the projects of their scopes.</summary>
public sealed class ListProjects(AppDbContext db, CurrentUser currentUser, ProjectAccess access)
{
    public const int PageSize = 50;

    public async Task<Result<ProjectList>> RunAsync(string? query, string? status, int pageNumber, CancellationToken cancellationToken = default)
    {
        if (!await access.AllowsAsync(RegionResource.Any, ProjectsOperations.List))
        {
            return new Outcome.Forbidden();
        }

        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var projects = scopes.Visible(db.Projects.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(query) && query.Length <= 200)
        {
            var pattern = "%" + query.Trim().ToLowerInvariant() + "%";
            projects = projects.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern));
        }

        var selected = ProjectStatuses.FromSlug(status);
        if (selected is { } chosen)
        {
            projects = projects.Where(p => p.Status == chosen);
        }

        var total = await projects.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await projects.OrderBy(p => p.Region!.Name).ThenBy(p => p.Title)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.Slug, p.Title, Region = p.Region!.ShortName, p.RegionId, p.Status, p.IsPublished, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        var page = new Page<ProjectListRow>(
            [.. rows.Select(r => new ProjectListRow(r.Id, r.Slug, r.Title, r.Region, r.RegionId, r.Status, r.IsPublished, r.UpdatedAt, ProjectsOperations.MayEdit(scopes, r.RegionId, r.Id)))],
            pageNumber, PageSize, total);
        return new ProjectList(page, selected, await access.AllowsAsync(RegionResource.Any, ProjectsOperations.Create),
            await access.AllowsAsync(RegionResource.Any, ProjectsOperations.EditMilestoneTable));
    }
}
