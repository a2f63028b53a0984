namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// Marker for the older interface texts whose key is the German text (SharedResource.en.resx holds their English).
/// They serve the features not yet keyed and labels that code passes in as German words; keyed features look here
/// last (<see cref="FeatureTexts"/>). A missing English text falls back to German.
/// </summary>
public sealed class SharedResource;
