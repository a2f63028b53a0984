namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// Marker for the interface texts. German is the source language: the German text is the key, and
/// SharedResource.en.resx holds the English texts. A missing English text falls back to German.
/// </summary>
public sealed class SharedResource;
