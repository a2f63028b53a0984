using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Board;

/// <summary>A paper of the Digitalboard about a solution, as the solution's public page and the solution API show it.</summary>
public sealed record SolutionPaperView(int Id, string Reference, string Title, DateOnly Date, string BoardName);

/// <summary>
/// "Im Digitalboard" on a solution's public page and <c>boardPapers</c> in the solution API: the public papers
/// about the solution of boards that still exist, newest first; nothing non-public of the Digitalboard reaches it.
/// </summary>
public sealed class SolutionPapersSection(AppDbContext db) : IPageSection
{
    public string Slot => PageSlots.SolutionBeforeSources;

    public string Partial => "/Features/Board/_SolutionPapers.cshtml";

    public string? ApiName => "boardPapers";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int solutionId)
        {
            return null;
        }

        // Not cached: one indexed query per page, and random pages of thousands of solutions would only fill the cache.
        var papers = await LoadAsync(solutionId, cancellationToken);
        return papers.Count == 0 ? null : papers;
    }

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<SolutionPaperView>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int solutionId) => db.Set<Paper>().AsNoTracking()
            .Where(p => p.SolutionId == solutionId && p.IsPublic && p.DeletedAt == null && p.Board!.DeletedAt == null)
            .OrderByDescending(p => p.Date)
            .Select(p => new SolutionPaperView(p.Id, p.Reference, p.Title, p.Date, p.Board!.Name)));

    private async Task<IReadOnlyList<SolutionPaperView>> LoadAsync(int solutionId, CancellationToken cancellationToken) =>
        await Query(db, solutionId).ToListAsync(cancellationToken);
}
