using System.Text;

namespace Modellregion.Tests.Security;

/// <summary>
/// The expected table (<c>AuthorizationMatrix.txt</c> next to this file): one row per route and method, one column per
/// principal, each cell the class of the answer (<see cref="AnswerClass"/>).
/// </summary>
public sealed class ExpectedMatrix
{
    public const string FileName = "AuthorizationMatrix.txt";

    /// <summary>A line <c>#: route :: note</c> explains a row whose answers are not what its route suggests at first sight.</summary>
    public const string NoteMarker = "#:";

    public ExpectedMatrix(IReadOnlyList<string> header, IReadOnlyDictionary<string, Dictionary<string, string>> rows, IReadOnlyDictionary<string, string>? notes = null)
    {
        Header = header;
        Rows = rows;
        Notes = notes ?? new Dictionary<string, string>();
    }

    /// <summary>Route → why its row looks as it does (reviewed by hand; rendered into the document).</summary>
    public IReadOnlyDictionary<string, string> Notes { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Route (as <see cref="RouteKey.ToString"/>) → principal key → expected class.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Rows { get; }

    public static string SourcePath([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, FileName);

    public static string RepositoryPath(string relative, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", relative));

    public static ExpectedMatrix Load() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", FileName)));

    public static ExpectedMatrix Parse(IEnumerable<string> lines)
    {
        List<string>? header = null;
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = lines.ToList();
        foreach (var note in all.Select(l => l.Trim()).Where(l => l.StartsWith(NoteMarker, StringComparison.Ordinal)))
        {
            var parts = note[NoteMarker.Length..].Split("::", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0 || !notes.TryAdd(parts[0], parts[1]))
            {
                throw new InvalidDataException($"{FileName}: Anmerkung „{note}“ hat nicht die Form „{NoteMarker} Route :: Anmerkung“ oder steht doppelt.");
            }
        }

        foreach (var line in all.Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#')))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToList();
            if (header is null)
            {
                header = cells.Skip(1).ToList();
                continue;
            }

            if (cells.Count != header.Count + 1)
            {
                throw new InvalidDataException($"{FileName}: Zeile „{line}“ hat {cells.Count - 1} statt {header.Count} Spalten.");
            }

            if (!rows.TryAdd(cells[0], header.Zip(cells.Skip(1)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)))
            {
                throw new InvalidDataException($"{FileName}: Route „{cells[0]}“ steht zweimal in der Tabelle.");
            }
        }

        if (notes.Keys.FirstOrDefault(route => !rows.ContainsKey(route)) is { } orphan)
        {
            throw new InvalidDataException($"{FileName}: Anmerkung zu „{orphan}“, aber keine Zeile mit dieser Route.");
        }

        return new ExpectedMatrix(header ?? throw new InvalidDataException($"{FileName} ist leer."), rows, notes);
    }

    /// <summary>The table in the file's format (aligned columns), e.g. to write down what was observed.</summary>
    public static string Format(IReadOnlyList<string> header, IEnumerable<(string Route, IReadOnlyDictionary<string, string> Cells)> rows, string preamble)
    {
        var list = rows.ToList();
        var width = Math.Max("Route".Length, list.Count == 0 ? 0 : list.Max(r => r.Route.Length));
        var widths = header.Select(h => Math.Max(h.Length, 3)).ToList();
        var text = new StringBuilder(preamble);
        void Line(string first, IEnumerable<string> cells) =>
            text.Append(first.PadRight(width)).Append(string.Concat(cells.Select((c, i) => " | " + c.PadRight(widths[i])))).AppendLine();
        Line("Route", header);
        foreach (var (route, cells) in list)
        {
            Line(route, header.Select(h => cells.TryGetValue(h, out var c) ? c : "?"));
        }

        return text.ToString().Replace(" \r\n", "\r\n", StringComparison.Ordinal);
    }
}

/// <summary>The classes of answers the matrix compares.</summary>
public static class AnswerClass
{
    public const string Allowed = "ok";
    public const string SignIn = "anm";
    public const string Forbidden = "403";
    public const string NotFound = "404";

    /// <summary>
    /// The class of an answer: ok (2xx, or 3xx not to the sign-in page), anm (to the sign-in page), else the status
    /// code. A request that changes data (POST, PUT, DELETE) sent without valid input counts as allowed when it is
    /// refused for its input (400, 409, 422): what matters is that it was not refused for who sent it.
    /// </summary>
    public static string Of(string method, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && response.Headers.Location is { } location
            && location.OriginalString.Contains("/verwaltung/anmelden", StringComparison.OrdinalIgnoreCase))
        {
            return SignIn;
        }

        if (status is >= 200 and < 400 || (method != "GET" && status is 400 or 409 or 422))
        {
            return Allowed;
        }

        return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Symbol(string cell) => cell switch
    {
        Allowed => "✓",
        SignIn => "→ Anmeldung",
        Forbidden => "✗",
        NotFound => "– (404)",
        "401" => "✗ (401)",
        _ => cell,
    };
}
