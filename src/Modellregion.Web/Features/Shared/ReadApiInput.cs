using System.Globalization;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Shared;

/// <summary>
/// The envelope of the read API's lists, the same as <c>/api/v1/projects</c>, <c>/api/v1/organisations</c> and
/// <c>/api/v1/solutions</c>: the page's items, its number and size, the count of all matches and the values not applied.
/// </summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, IReadOnlyList<string> Ignored);

public static class ApiPage
{
    /// <summary>A page of the read API from a page of a query; nothing ignored (bad values are answered 400).</summary>
    public static ApiPage<T> Of<T>(Page<T> page) => new(page.Items, page.PageNumber, page.PageSize, page.TotalCount, []);
}

/// <summary>A reference to another public page in an answer of the read API.</summary>
public sealed record ApiLink(string Slug, string Title);

/// <summary>
/// The query values of a read API list, checked strictly: a value that cannot be applied (a page that is no number,
/// a date that does not exist, an unknown region, an over-long or emoji search) makes the whole request a 400 with
/// a German ProblemDetails naming every bad parameter, never a 500 and never a silently different list.
/// </summary>
public sealed class ReadApiInput
{
    /// <summary>The highest page number accepted; beyond the last page the list is empty.</summary>
    public const int MaxPage = 100_000;

    /// <summary>The longest search term accepted (Unicode characters of the trimmed term).</summary>
    public const int MaxTextLength = 200;

    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    /// <summary>The page (<c>seite</c>): 1 when absent, otherwise a whole number from 1 to <see cref="MaxPage"/>.</summary>
    public int Page(string? value, string name = "seite")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage)
        {
            return page;
        }

        Add(name, $"„{name}“ muss eine ganze Zahl von 1 bis {MaxPage.ToString("#,##0", Formatting.German)} sein.");
        return 1;
    }

    /// <summary>A year (<c>jahr</c>) from <see cref="MinYear"/> to <see cref="MaxYear"/>, or null when absent.</summary>
    public int? Year(string? value, string name = "jahr")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear)
        {
            return year;
        }

        Add(name, $"„{name}“ muss eine Jahreszahl von {MinYear} bis {MaxYear} sein.");
        return null;
    }

    /// <summary>A calendar day in ISO 8601 (<c>2025-03-31</c>), or null when absent.</summary>
    public DateOnly? Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= MinYear and <= MaxYear)
        {
            return date;
        }

        Add(name, $"„{name}“ muss ein gültiges Datum im Format JJJJ-MM-TT zwischen {MinYear} und {MaxYear} sein (z. B. 2025-03-31).");
        return null;
    }

    /// <summary>The period of <c>von</c> and <c>bis</c>: both days included, <c>von</c> not after <c>bis</c>.</summary>
    public (DateOnly? From, DateOnly? To) Period(string? from, string? to, string fromName = "von", string toName = "bis")
    {
        var start = Date(from, fromName);
        var end = Date(to, toName);
        if (start is { } s && end is { } e && s > e)
        {
            Add(toName, $"„{toName}“ darf nicht vor „{fromName}“ liegen.");
        }

        return (start, end);
    }

    /// <summary>A search term: trimmed, at most <see cref="MaxTextLength"/> characters, without emoji or control characters.</summary>
    public string? Text(string? value, string name = "q")
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxTextLength * 2 || text.EnumerateRunes().Count() > MaxTextLength)
        {
            Add(name, $"Der Suchbegriff „{name}“ darf höchstens {MaxTextLength} Zeichen lang sein.");
            return null;
        }

        if (!PlainText.IsPlain(text))
        {
            Add(name, $"Der Suchbegriff „{name}“ darf keine Emojis, Symbole oder Steuerzeichen enthalten.");
            return null;
        }

        return SearchText.Fold(text).Length == 0 ? null : text;
    }

    /// <summary>
    /// A short name (slug) of something the caller names, e.g. a region: null when absent; a value that cannot be a
    /// short name is reported as unknown at once (the caller checks the others against the database with <see cref="Unknown"/>).
    /// </summary>
    public string? Key(string? value, string name, string what)
    {
        var key = value?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        if (Slug.IsValid(key))
        {
            return key;
        }

        Unknown(name, what, key);
        return null;
    }

    /// <summary>One of a fixed set of values (e.g. <c>format=online</c>), or null when absent.</summary>
    public T? Choice<T>(string? value, string name, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var key = value?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        if (choices.TryGetValue(key, out var chosen))
        {
            return chosen;
        }

        Add(name, $"„{name}“ kennt nur die Werte {string.Join(", ", choices.Keys.Select(k => $"„{k}“"))}.");
        return null;
    }

    /// <summary>Reports a value that names nothing known; over-long or unprintable values are not repeated.</summary>
    public void Unknown(string name, string what, string value)
    {
        var shown = value.Length <= Slug.MaxLength && PlainText.IsPlain(value) ? $"„{value}“" : "Der angegebene Wert";
        Add(name, $"{shown} ist als {what} (Parameter „{name}“) unbekannt.");
    }

    public void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var known) ? [.. known, message] : [message];

    /// <summary>The 400 answer: ProblemDetails in German with every message, and per parameter under <c>errors</c>.</summary>
    public IResult Problem() => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Ungültige Anfrage",
        detail: string.Join(" ", _errors.Values.SelectMany(m => m)),
        extensions: new Dictionary<string, object?> { ["errors"] = _errors });

    /// <summary>A 404 answer in German.</summary>
    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    /// <summary>A stored time as UTC, so that it is written with "Z" (ISO 8601).</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    /// <summary>The start of a Berlin calendar day in UTC.</summary>
    public static DateTime StartOfDay(DateOnly day) => Formatting.BerlinToUtc(day, TimeOnly.MinValue);
}
