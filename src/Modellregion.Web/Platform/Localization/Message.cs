using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// A message of a use case: the texts class that holds it, a stable key and the format arguments (never a text
/// built by interpolation). Pages and endpoints show it in the interface language (<see cref="Localize"/>);
/// as a string (logs, command line) it is the German text. A plain German string converts to a message of the older
/// German-keyed texts, so features not yet keyed keep working.
/// </summary>
public sealed record Message(Type Texts, string Key, object?[] Arguments)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly ConcurrentDictionary<Type, ResourceManager> Resources = new();

    public static implicit operator Message(string text) => new(typeof(SharedResource), text, []);

    public static implicit operator string(Message message) => message.ToString();

    /// <summary>The message in the current interface language.</summary>
    public string Localize(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IStringLocalizerFactory>();
        var arguments = Arguments.Select(a => a is Message inner ? inner.Localize(services) : a ?? "").ToArray();
        return new FeatureTexts(factory, Texts)[Key, arguments].Value;
    }

    /// <summary>The German text.</summary>
    public override string ToString()
    {
        var text = Texts == typeof(SharedResource)
            ? Key
            : Resources.GetOrAdd(Texts, t => new ResourceManager(t.FullName!, t.Assembly)).GetString(Key, CultureInfo.InvariantCulture) ?? Key;
        return Arguments.Length == 0 ? text : string.Format(German, text, Arguments.Select(a => a?.ToString() ?? "").ToArray<object>());
    }
}
