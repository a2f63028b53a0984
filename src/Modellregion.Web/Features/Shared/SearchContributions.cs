namespace Modellregion.Web.Features.Shared;

/// <summary>
/// One public document a feature contributes to the global search (<c>/suche</c>): its key within its kind, the
/// record's id (for the list pages' text filters), title, plain text, public address and the facets it belongs to.
/// </summary>
public sealed record SearchEntry(
    string Key,
    int EntityId,
    string Title,
    string? Text,
    string Url,
    string? RegionSlug = null,
    string? RegionName = null,
    string? Programme = null,
    IReadOnlyList<string>? Topics = null,
    int? Year = null);

/// <summary>
/// A kind of public record in the global search, contributed by the feature that owns the records (registered in its
/// <c>XxxFeature.cs</c>). The search keeps its index current by itself: after every save it asks each source which of
/// its documents the saved records affect (<see cref="AffectedKeys"/>) and reads those again (<see cref="ReadAsync"/>).
/// A source answers only public content: unpublished, non-public and personal data never reach the index.
/// <para>Sources are singletons without state; they get the database with each call.</para>
/// </summary>
public interface ISearchSource
{
    /// <summary>The kind in addresses and the index, e.g. <c>projekt</c>.</summary>
    string Kind { get; }

    /// <summary>The kind's name in the facets (German, plural).</summary>
    string Label { get; }

    /// <summary>The kind's name in the facets (English, plural).</summary>
    string LabelEn { get; }

    /// <summary>Position in the facets.</summary>
    int Order { get; }

    /// <summary>The entity types whose changes can change documents of this kind.</summary>
    IReadOnlyCollection<Type> Watches { get; }

    /// <summary>
    /// The keys of the documents a saved (added, changed or deleted) <paramref name="entity"/> affects; <c>null</c>
    /// when it may affect any document of the kind (a renamed region, say), which reads the whole kind again.
    /// </summary>
    IEnumerable<string>? AffectedKeys(object entity);

    /// <summary>The keys of all documents of the kind that exist now, for a rebuild.</summary>
    Task<IReadOnlyList<string>> KeysAsync(Data.AppDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// The documents for <paramref name="keys"/> (at most a few hundred at once). A key without a public record is
    /// left out, and the search removes its document.
    /// </summary>
    Task<IReadOnlyList<SearchEntry>> ReadAsync(Data.AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>
/// The global search's matches for the list pages' own text filters, so that "Schulen" finds the same projects in the
/// project list as in <c>/suche</c>. Absent when the search feature is not installed; the lists then fall back to
/// their folded substring match.
/// </summary>
public interface ISearchMatches
{
    /// <summary>The ids of the records of <paramref name="kind"/> that match <paramref name="query"/>, as a query to compose with.</summary>
    IQueryable<int> EntityIds(string kind, string query);
}
