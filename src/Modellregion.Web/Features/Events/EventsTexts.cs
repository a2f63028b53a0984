using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Events;

/// <summary>The texts of Events: German in EventsTexts.resx, English in EventsTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class EventsTexts
{
    private EventsTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(EventsTexts), key, arguments);
}
