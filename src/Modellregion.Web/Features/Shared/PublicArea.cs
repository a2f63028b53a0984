using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Shared;

/// <summary>
/// A public area of the site in the main navigation (Lösungen, Aktuelles, Veranstaltungen, Digitalboard …): its
/// address, its name (a text of the feature) and its position. The core areas (start page, regions, projects,
/// actors) are the layout's own; a feature registers its area in its <c>XxxFeature.cs</c>, so that removing the
/// feature removes the link as well. The name also serves as the area in page titles ("… – Veranstaltungen – Modellregion").
/// </summary>
public sealed record PublicArea(int Order, string Href, Message Label)
{
    /// <summary>The core areas, present in every installation.</summary>
    public static readonly IReadOnlyList<PublicArea> Core =
    [
        new(0, "/", SharedTexts.Of("Layout.Home")),
        new(10, "/regionen", SharedTexts.Of("Common.Regions")),
        new(20, "/projekte", SharedTexts.Of("Layout.Projects")),
        new(40, "/akteure", SharedTexts.Of("Layout.Organisations")),
    ];
}
