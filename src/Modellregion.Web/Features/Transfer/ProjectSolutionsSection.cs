using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>A published solution that came from a project, as its public page and the project API show it.</summary>
public sealed record ProjectSolutionView(string Slug, string Title, SolutionKind Kind);

/// <summary>"Lösungen zur Nachnutzung" on a project's public page: the published solutions from its results.</summary>
public sealed class ProjectSolutionsSection(AppDbContext db) : IPageSection
{
    /// <summary>One compiled query (an index lookup): not cached, so random project pages do not crowd out the list cache.</summary>
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<ProjectSolutionView>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int projectId) => db.Set<SolutionProject>().AsNoTracking()
            .Where(sp => sp.ProjectId == projectId && sp.Solution!.IsPublished)
            .OrderBy(sp => sp.Solution!.Title)
            .Select(sp => new ProjectSolutionView(sp.Solution!.Slug, sp.Solution.Title, sp.Solution.Kind)));

    public string Slot => PageSlots.ProjectAfterResults;

    public string Partial => "/Features/Transfer/_ProjectSolutions.cshtml";

    public string? ApiName => "solutions";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int projectId)
        {
            return null;
        }

        var solutions = await Query(db, projectId).ToListAsync(cancellationToken);
        return solutions.Count == 0 ? null : solutions;
    }
}
