using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// The texts of one feature (<c>NewsTexts.resx</c> German, <c>NewsTexts.en.resx</c> English), looked up by stable
/// keys. A key the feature does not hold is looked up in <see cref="SharedTexts"/> and then among the older
/// German-keyed texts (<see cref="SharedResource"/>), which still serve labels that code passes in as German words.
/// </summary>
/// <remarks>
/// Texts without arguments are kept once found, per texts class and language (<see cref="Found"/>): the resource
/// files do not change while the app runs, and each lookup in a <see cref="System.Resources.ResourceManager"/> takes a
/// lock that page renderings on all threads queued for (about 4 % of a project page's time under load, more for the
/// keys found only further along the chain). At most <see cref="MaximumKept"/> texts are kept; beyond that they are
/// looked up every time.
/// </remarks>
public sealed class FeatureTexts : IStringLocalizer
{
    /// <summary>Upper bound of <see cref="Found"/>: far above the keys of all features in both languages.</summary>
    public const int MaximumKept = 50_000;

    private static readonly ConcurrentDictionary<(Type Texts, string Culture, string Name), LocalizedString> Found = new();

    private readonly IStringLocalizer[] _chain;
    private readonly Type _texts;

    public FeatureTexts(IStringLocalizerFactory factory, Type texts)
    {
        _texts = texts;
        var legacy = new InterfaceTexts(factory);
        _chain = texts == typeof(SharedResource) ? [legacy]
            : texts == typeof(SharedTexts) ? [factory.Create(texts), legacy]
            : [factory.Create(texts), factory.Create(typeof(SharedTexts)), legacy];
    }

    public LocalizedString this[string name]
    {
        get
        {
            var key = (_texts, System.Globalization.CultureInfo.CurrentUICulture.Name, name);
            if (Found.TryGetValue(key, out var kept))
            {
                return kept;
            }

            var found = Find(l => l[name]);
            if (Found.Count < MaximumKept)
            {
                Found.TryAdd(key, found);
            }

            return found;
        }
    }

    public LocalizedString this[string name, params object[] arguments] => Find(l => l[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _chain[0].GetAllStrings(includeParentCultures);

    private LocalizedString Find(Func<IStringLocalizer, LocalizedString> lookup)
    {
        LocalizedString? first = null;
        foreach (var localizer in _chain)
        {
            var found = lookup(localizer);
            if (!found.ResourceNotFound)
            {
                return found;
            }

            first ??= found;
        }

        return first!;
    }
}

/// <summary>The texts of the feature <typeparamref name="TTexts"/> for injection (<c>@inject IStringLocalizer&lt;NewsTexts&gt; T</c>).</summary>
public sealed class FeatureTexts<TTexts>(IStringLocalizerFactory factory) : IStringLocalizer<TTexts>
{
    private readonly FeatureTexts _texts = new(factory, typeof(TTexts));

    public LocalizedString this[string name] => _texts[name];

    public LocalizedString this[string name, params object[] arguments] => _texts[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _texts.GetAllStrings(includeParentCultures);
}

/// <summary>
/// Finds the texts class of the feature a type belongs to, by namespace: <c>Modellregion.Web.Features.News.Admin.X</c>
/// → <c>Modellregion.Web.Features.News.NewsTexts</c>. Features without one use the older shared texts.
/// </summary>
public static partial class TextsOf
{
    private const string FeaturesNamespace = "Modellregion.Web.Features.";
    private static readonly ConcurrentDictionary<string, Type> Found = new(StringComparer.Ordinal);

    public static Type Feature(Type? type)
    {
        var ns = type?.Namespace;
        if (ns is null || !ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
        {
            return typeof(SharedResource);
        }

        var feature = ns[FeaturesNamespace.Length..].Split('.')[0];
        return Found.GetOrAdd(feature, f => f == "Shared"
            ? typeof(SharedTexts)
            : typeof(TextsOf).Assembly.GetType($"{FeaturesNamespace}{f}.{f}Texts") ?? typeof(SharedResource));
    }

    /// <summary>Whether <paramref name="text"/> is a key (<c>Admin.Edit.Title</c>) rather than a German text.</summary>
    public static bool IsKey(string text) => KeyPattern().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$")]
    private static partial System.Text.RegularExpressions.Regex KeyPattern();

    /// <summary>The localizer for the feature of <paramref name="type"/> (validation messages, display names, field hints).</summary>
    public static IStringLocalizer Localizer(Type? type, IStringLocalizerFactory factory) => new FeatureTexts(factory, Feature(type));
}
