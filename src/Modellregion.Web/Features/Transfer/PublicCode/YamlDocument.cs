using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Modellregion.Web.Features.Transfer.PublicCode;

/// <summary>A problem in a publiccode.yml, at a line (1-based; 0 when it concerns the whole file).</summary>
public sealed record YamlProblem(int Line, string Message);

/// <summary>
/// A YAML document read into JSON (for the schema) with the line of every value and key, addressed by the paths
/// NJsonSchema reports ("#/maintenance.contacts[0].name"). Scalars follow the YAML 1.2 core schema: unquoted
/// true/false, null/~ and numbers are typed, everything else (and anything quoted) is a string.
/// </summary>
public sealed partial class YamlDocument
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private YamlDocument(JToken root) => Root = root;

    public JToken Root { get; }

    /// <summary>The comments of the file, without the leading "#".</summary>
    public IReadOnlyList<string> Comments { get; private set; } = [];

    /// <summary>At most this many values, keys, lists and mappings in one file (the standard's full example has about 200).</summary>
    public const int MaxNodes = 20_000;

    /// <summary>At most this deep nesting of lists and mappings.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns the problem with its line instead.</summary>
    public static (YamlDocument? Document, YamlProblem? Problem) Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            // Anchors and aliases are refused on the parser's events, before any tree is built: a tree would expand
            // every alias, and a few nested ones ("billion laughs") take gigabytes.
            if (Screen(text) is { } refused)
            {
                return (null, refused);
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return (null, new YamlProblem((int)e.Start.Line, $"Die Datei ist kein gültiges YAML: {Describe(e)}"));
        }
        catch (ArgumentException e)
        {
            // YamlDotNet reports a key that occurs twice this way.
            return (null, new YamlProblem(0, $"Die Datei ist kein gültiges YAML: {e.Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (e.g. inside an unclosed flow sequence)
            // instead of raising a YamlException with the position.
            return (null, new YamlProblem(0, "Die Datei ist kein gültiges YAML."));
        }

        if (stream.Documents.Count != 1)
        {
            return (null, new YamlProblem(0, stream.Documents.Count == 0 ? "Die Datei ist leer." : "Die Datei enthält mehrere YAML-Dokumente; erwartet wird genau eines."));
        }

        var rootNode = stream.Documents[0].RootNode;
        if (rootNode is not YamlMappingNode)
        {
            return (null, new YamlProblem((int)rootNode.Start.Line, "Eine publiccode.yml beginnt mit Schlüsseln wie „publiccodeYmlVersion:“ und „name:“; diese Datei hat eine andere Form."));
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var root = Convert(rootNode, "#", lines);
            var document = new YamlDocument(root) { Comments = ReadComments(text) };
            foreach (var (path, line) in lines)
            {
                document._lines[path] = line;
            }

            return (document, null);
        }
        catch (YamlException e)
        {
            return (null, new YamlProblem((int)e.Start.Line, e.Message));
        }
    }

    /// <summary>Reads the events of the file once and refuses anchors, aliases, too many nodes and too deep nesting.</summary>
    private static YamlProblem? Screen(string text)
    {
        var parser = new Parser(new StringReader(text));
        var nodes = 0;
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return new YamlProblem((int)alias.Start.Line, $"Aliase und Anker werden nicht unterstützt (Verweis „*{alias.Value}“). Bitte schreiben Sie den Wert aus.");
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    return new YamlProblem((int)anchored.Start.Line, $"Aliase und Anker werden nicht unterstützt (Anker „&{anchored.Anchor}“). Bitte schreiben Sie den Wert aus.");
                case NodeEvent node:
                    if (++nodes > MaxNodes)
                    {
                        return new YamlProblem((int)node.Start.Line, $"Die Datei hat zu viele Einträge; erlaubt sind höchstens {MaxNodes:N0}.".Replace(",", ".", StringComparison.Ordinal));
                    }

                    if (node is MappingStart or SequenceStart && ++depth > MaxDepth)
                    {
                        return new YamlProblem((int)node.Start.Line, $"Die Datei ist zu tief verschachtelt; erlaubt sind höchstens {MaxDepth} Ebenen.");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    /// <summary>The line of the value at <paramref name="path"/>, or of its nearest existing parent.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), Math.Max(path.LastIndexOf('['), path.LastIndexOf('/')));
            if (cut <= 1)
            {
                return _lines.GetValueOrDefault("#", 1);
            }

            path = path[..cut];
        }
    }

    public static string Child(string parent, string key) => parent == "#" ? "#/" + key : parent + "." + key;

    private static List<string> ReadComments(string text)
    {
        var comments = new List<string>();
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        while (scanner.MoveNext())
        {
            if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
            {
                comments.Add(comment.Value.Trim());
            }
        }

        return comments;
    }

    private static JToken Convert(YamlNode node, string path, Dictionary<string, int> lines)
    {
        lines[path] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        throw new YamlException(keyNode.Start, keyNode.End, "Schlüssel müssen einfache Texte sein.");
                    }

                    if (obj.ContainsKey(key))
                    {
                        throw new YamlException(keyNode.Start, keyNode.End, $"Der Schlüssel „{key}“ kommt doppelt vor.");
                    }

                    var childPath = Child(path, key);
                    obj[key] = Convert(valueNode, childPath, lines);
                    lines[childPath + "#key"] = (int)keyNode.Start.Line;
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JArray();
                var i = 0;
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, $"{path}[{i++}]", lines));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new YamlException(node.Start, node.End, "Aliase und Anker werden nicht unterstützt.");
        }
    }

    private static JValue Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return new JValue(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return JValue.CreateNull();
        }

        if (value is "true" or "True" or "TRUE")
        {
            return new JValue(true);
        }

        if (value is "false" or "False" or "FALSE")
        {
            return new JValue(false);
        }

        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return new JValue(whole);
        }

        if (Float().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return new JValue(value);
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
