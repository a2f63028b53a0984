using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Shared;

/// <summary>A region as the back office lists it, for <see cref="IRegionFacts"/>.</summary>
public sealed record ListedRegion(int Id, string Slug, string Name);

/// <summary>
/// One region's entry in a contributed column: a text of the data (a board's name), or a link with a text of the
/// feature (e.g. "Digitalboard anlegen"); a link's text is followed by the region's name for screen readers.
/// </summary>
public sealed record RegionFact(string? Text, string? Href = null, Message? LinkText = null);

/// <summary>
/// A column another feature adds to the back office's list of regions (<c>/verwaltung/regionen</c>), e.g. the
/// Digitalboard names each region's board or offers to create one. The feature loads its entries for all listed
/// regions at once (one query, never one per row); the list neither knows nor needs the feature. Registered in the
/// contributing feature's <c>XxxFeature.cs</c>.
/// </summary>
public interface IRegionFacts
{
    /// <summary>The column's heading, a text of the feature.</summary>
    Message Label { get; }

    /// <summary>Position among the contributed columns.</summary>
    int Order => 0;

    /// <summary>The entries by region id; a region without an entry shows an empty cell.</summary>
    Task<IReadOnlyDictionary<int, RegionFact>> LoadAsync(IReadOnlyList<ListedRegion> regions, CancellationToken cancellationToken);
}

/// <summary>The contributed columns of the region list, loaded before rendering.</summary>
public sealed record RegionFactColumn(Message Label, IReadOnlyDictionary<int, RegionFact> Facts);
