using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text.Json;
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

    /// <summary>
    /// The message as a string to keep across a redirect (the notice in TempData): texts class, key and the
    /// arguments as text. <see cref="FromStored"/> reads it back; any other string is a German text.
    /// </summary>
    public string Stored =>
        JsonSerializer.Serialize(new[] { Texts.FullName!, Key }.Concat(Arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")));

    public static Message FromStored(string stored)
    {
        if (stored.StartsWith("[\"", StringComparison.Ordinal))
        {
            try
            {
                var parts = JsonSerializer.Deserialize<string[]>(stored);
                if (parts is [var texts, var key, ..] && typeof(Message).Assembly.GetType(texts) is { } type)
                {
                    return new Message(type, key, parts[2..]);
                }
            }
            catch (JsonException)
            {
            }
        }

        return stored;
    }

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
