using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>A published solution that came from a project, as its public page and the project API show it.</summary>
public sealed record ProjectSolutionView(string Slug, string Title, SolutionKind Kind);

/// <summary>"Lösungen zur Nachnutzung" on a project's public page: the published solutions from its results.</summary>
public sealed class ProjectSolutionsSection(AppDbContext db, PublicCache cache) : IPageSection
{
    public string Slot => PageSlots.ProjectAfterResults;

    public string Partial => "/Features/Transfer/_ProjectSolutions.cshtml";

    public string? ApiName => "solutions";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int projectId)
        {
            return null;
        }

        // Cached like the project's page itself (every save clears the public cache).
        var solutions = await cache.GetOrCreateAsync($"project-solutions:{projectId}", () => LoadAsync(projectId, cancellationToken));
        return solutions.Count == 0 ? null : solutions;
    }

    private async Task<IReadOnlyList<ProjectSolutionView>> LoadAsync(int projectId, CancellationToken cancellationToken) =>
        await db.SolutionProjects.AsNoTracking()
            .Where(sp => sp.ProjectId == projectId && sp.Solution!.IsPublished)
            .OrderBy(sp => sp.Solution!.Title)
            .Select(sp => new ProjectSolutionView(sp.Solution!.Slug, sp.Solution.Title, sp.Solution.Kind))
            .ToListAsync(cancellationToken);
}
