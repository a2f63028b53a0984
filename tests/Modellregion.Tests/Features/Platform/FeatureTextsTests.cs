using System.Text.RegularExpressions;
using System.Xml.Linq;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Every feature's texts exist in German and English with the same placeholders, and pages use keys of their own
/// feature's texts — never a German text or an interpolated key that no resource can hold.
/// </summary>
public sealed partial class FeatureTextsTests
{
    private static string Web => Repository.PathOf("src", "Modellregion.Web");

    private static List<string> ResourceFiles() =>
        [.. System.IO.Directory.EnumerateFiles(Web, "*Texts.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Web, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Resources() => [.. ResourceFiles()];

    [Fact]
    public void Every_keyed_feature_and_the_layout_have_their_texts()
    {
        var resources = ResourceFiles();

        Assert.Contains("Platform/Localization/SharedTexts.resx", resources);
        foreach (var feature in KeyedFeatures())
        {
            Assert.Contains($"Features/{feature}/{feature}Texts.resx", resources);
            Assert.True(File.Exists(Path.Combine(Web, "Features", feature, "_ViewImports.cshtml")), $"{feature} has no _ViewImports.cshtml injecting its texts");
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Each_key_has_German_and_English_with_the_same_placeholders(string resource)
    {
        var german = Entries(Path.Combine(Web, resource));
        var english = Entries(Path.Combine(Web, resource.Replace(".resx", ".en.resx", StringComparison.Ordinal)));

        Assert.NotEmpty(german);
        Assert.All(german.Keys, k => Assert.Matches(KeyPattern(), k));
        Assert.Empty(german.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(german.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(german.Keys.Where(k => !english.ContainsKey(k)).Select(k => $"{k} has no English text"));
        Assert.Empty(english.Keys.Where(k => !german.ContainsKey(k)).Select(k => $"{k} is English only"));
        Assert.Empty(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(german.Keys.Where(k => english.TryGetValue(k, out var e) && !Placeholders(german[k]).SetEquals(Placeholders(e)))
            .Select(k => $"{k}: „{german[k]}“ and “{english[k]}” differ in their placeholders"));
    }

    [Fact]
    public void No_key_is_built_by_interpolation()
    {
        var found = SourceFiles().SelectMany(f => Lines(f).Where(l => InterpolatedKey().IsMatch(l.Text)).Select(l => $"{f.Relative}:{l.Number}")).ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void Keyed_features_use_only_keys_of_their_own_texts()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var feature = FeatureOf(file.Relative);
            if (feature is null)
            {
                continue;
            }

            var own = Entries(TextsFile(feature));
            var shared = Entries(TextsFile("Shared"));
            foreach (var (number, text) in Lines(file))
            {
                var uses = file.Relative.EndsWith(".cshtml", StringComparison.Ordinal)
                    ? LocalizerUse().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["text"].Value))
                        .Concat(text.Contains("<kern-field", StringComparison.Ordinal) ? FieldText().Matches(text).Select(m => ("T", m.Groups["text"].Value)) : [])
                    : AttributeText().Matches(text).Select(m => ("T", m.Groups["text"].Value));
                foreach (var (localizer, key) in uses)
                {
                    var texts = localizer == "S" ? shared : own;
                    if (!texts.ContainsKey(key))
                    {
                        problems.Add($"{file.Relative}:{number}: „{key}“ is not a key of {(localizer == "S" ? "SharedTexts" : TextsClass(feature))}");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Messages_of_use_cases_name_keys_their_texts_hold()
    {
        var texts = System.IO.Directory.EnumerateFiles(Web, "*Texts.resx", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), Entries, StringComparer.Ordinal);
        var problems = SourceFiles().SelectMany(f => Lines(f).SelectMany(l => MessageKey().Matches(l.Text)
            .Where(m => !texts.TryGetValue(m.Groups["texts"].Value, out var entries) || !entries.ContainsKey(m.Groups["text"].Value))
            .Select(m => $"{f.Relative}:{l.Number}: {m.Value}"))).ToList();

        Assert.Empty(problems);
    }

    private static IEnumerable<string> KeyedFeatures() =>
        System.IO.Directory.EnumerateDirectories(Path.Combine(Web, "Features")).Select(d => Path.GetFileName(d)!)
            .Where(f => f != "Shared"
                && System.IO.Directory.EnumerateFiles(Path.Combine(Web, "Features", f), "*.cshtml", SearchOption.AllDirectories).Any());

    private static string TextsClass(string feature) => feature == "Shared" ? "SharedTexts" : feature + "Texts";

    private static string TextsFile(string feature) => feature == "Shared"
        ? Path.Combine(Web, "Platform", "Localization", "SharedTexts.resx")
        : Path.Combine(Web, "Features", feature, feature + "Texts.resx");

    private static string? FeatureOf(string relative)
    {
        var parts = relative.Split('/');
        return parts.Length > 2 && parts[0] == "Features" ? parts[1] : null;
    }

    private static Dictionary<string, string> Entries(string path) =>
        File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal)
            : [];

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    private static IEnumerable<(string Path, string Relative)> SourceFiles() =>
        System.IO.Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => (f, Path.GetRelativePath(Web, f).Replace('\\', '/')))
            .Where(f => !f.Item2.StartsWith("bin/", StringComparison.Ordinal) && !f.Item2.StartsWith("obj/", StringComparison.Ordinal)
                && !f.Item2.StartsWith("Data/Migrations/", StringComparison.Ordinal));

    private static IEnumerable<(int Number, string Text)> Lines((string Path, string Relative) file) =>
        File.ReadLines(file.Path).Select((text, i) => (i + 1, text));

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])[TS]\[\s*\$@?""")]
    private static partial Regex InterpolatedKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])(?<name>[TS])\[""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerUse();

    [GeneratedRegex(@"\b(?:hint|label|empty-option)=""(?<text>[^""@]+)""")]
    private static partial Regex FieldText();

    [GeneratedRegex(@"\b(?:ErrorMessage|Display\(\s*Name)\s*=\s*""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\b(?<texts>[A-Z][A-Za-z]*Texts)\.Of\(""(?<text>[^""]*)""")]
    private static partial Regex MessageKey();
}
