using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The catalogue for features that refer to its solutions (the Digitalboard's papers, the sessions of events).</summary>
public sealed class CatalogueSolutionReferences(AppDbContext db) : ISolutionReferences
{
    // A board also deals with solutions of other regions it considers adopting: all of the catalogue, its own region first.
    public async Task<IReadOnlyList<SolutionReference>> ChoicesAsync(int regionId, CancellationToken cancellationToken) =>
        await db.Solutions.AsNoTracking().Where(s => !s.IsSynthetic).OrderBy(s => s.RegionId == regionId ? 0 : 1).ThenBy(s => s.Title)
            .Select(s => new SolutionReference(s.Id, s.Slug, s.Title)).ToListAsync(cancellationToken);

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) => db.Solutions.AnyAsync(s => s.Id == id, cancellationToken);

    public async Task<SolutionReference?> FindAsync(int id, bool includeUnpublished, CancellationToken cancellationToken) =>
        await db.Solutions.AsNoTracking().Where(s => s.Id == id && (includeUnpublished || s.IsPublished))
            .Select(s => new SolutionReference(s.Id, s.Slug, s.Title)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<SolutionReference>> PublishedAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.Solutions.AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsPublished).OrderBy(s => s.Title)
                .Select(s => new SolutionReference(s.Id, s.Slug, s.Title)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SolutionReference>> PublishedBySlugAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        slugs.Count == 0
            ? []
            : await db.Solutions.AsNoTracking().Where(s => slugs.Contains(s.Slug) && s.IsPublished)
                .Select(s => new SolutionReference(s.Id, s.Slug, s.Title)).ToListAsync(cancellationToken);
}
