namespace Modellregion.Web.Features.Shared;

/// <summary>A solution of the transfer catalogue as another feature names it: its id, title and page address.</summary>
public sealed record SolutionReference(int Id, string Slug, string Title);

/// <summary>
/// The transfer catalogue as other features refer to it (a Digitalboard paper about a solution, a solution presented at an event) without needing
/// it: the feature that keeps the catalogue registers it, and without that feature nothing is registered and the
/// referring feature offers no solutions. The reference is a plain id; the catalogue answers for what it holds.
/// </summary>
public interface ISolutionReferences
{
    /// <summary>Choices for a form: the catalogue without synthetic test data, the solutions of <paramref name="regionId"/> first.</summary>
    Task<IReadOnlyList<SolutionReference>> ChoicesAsync(int regionId, CancellationToken cancellationToken);

    /// <summary>Whether the catalogue holds a solution with this id.</summary>
    Task<bool> ExistsAsync(int id, CancellationToken cancellationToken);

    /// <summary>The solution with this id; an unpublished one only when <paramref name="includeUnpublished"/>.</summary>
    Task<SolutionReference?> FindAsync(int id, bool includeUnpublished, CancellationToken cancellationToken);

    /// <summary>The published solutions among <paramref name="ids"/> (one query for a whole programme).</summary>
    Task<IReadOnlyList<SolutionReference>> PublishedAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>The published solutions with these short addresses (as typed into a form; the rest are unknown).</summary>
    Task<IReadOnlyList<SolutionReference>> PublishedBySlugAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);
}
