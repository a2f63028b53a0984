using System.Globalization;
using System.Text;

namespace Modellregion.Web.Features.Board;

/// <summary>An OParl request that cannot be answered: written as an OParl error object with this status.</summary>
public sealed class OParlException(int status, string message, string? debug = null) : Exception(message)
{
    public int Status { get; } = status;
    public string? Debug { get; } = debug;
}

/// <summary>
/// The parameters of an OParl list page: the four time filters, <c>omit_internal</c>, <c>limit</c> and the keyset
/// cursor <c>after</c> (the sort key of the last object of the previous page). Malformed or out-of-range values
/// are refused with 400; the filters are kept, in a fixed order, in every link of the list.
/// </summary>
public sealed record OParlListRequest(
    DateTime? CreatedSince,
    DateTime? CreatedUntil,
    DateTime? ModifiedSince,
    DateTime? ModifiedUntil,
    bool OmitInternal,
    int Limit,
    string? After,
    IReadOnlyList<KeyValuePair<string, string>> Filters)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    /// <summary>Deleted objects are listed only when the client asks for changes since a point in time.</summary>
    public bool IncludeDeleted => ModifiedSince is not null;

    public static OParlListRequest Parse(IQueryCollection query)
    {
        var filters = new List<KeyValuePair<string, string>>();
        DateTime? Time(string name)
        {
            if (Single(query, name) is not { } raw)
            {
                return null;
            }

            if (!DateTimeOffset.TryParseExact(raw, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                throw new OParlException(400, $"Der Parameter „{name}“ muss ein Zeitpunkt der Form yyyy-mm-ddThh:mm:ss±hh:mm sein, z. B. 2026-01-01T00:00:00+01:00.", $"{name}={raw}");
            }

            filters.Add(new(name, raw));
            return value.UtcDateTime;
        }

        var createdSince = Time("created_since");
        var createdUntil = Time("created_until");
        var modifiedSince = Time("modified_since");
        var modifiedUntil = Time("modified_until");
        if (createdSince > createdUntil)
        {
            throw new OParlException(400, "„created_since“ liegt nach „created_until“: Die Liste wäre immer leer.");
        }

        if (modifiedSince > modifiedUntil)
        {
            throw new OParlException(400, "„modified_since“ liegt nach „modified_until“: Die Liste wäre immer leer.");
        }

        var omitInternal = false;
        if (Single(query, "omit_internal") is { } omit)
        {
            omitInternal = omit switch
            {
                "true" => true,
                "false" => false,
                _ => throw new OParlException(400, "Der Parameter „omit_internal“ kennt nur die Werte true und false.", $"omit_internal={omit}"),
            };
            filters.Add(new("omit_internal", omit));
        }

        var limit = DefaultLimit;
        if (Single(query, "limit") is { } rawLimit)
        {
            if (!int.TryParse(rawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit)
            {
                throw new OParlException(400, $"Der Parameter „limit“ muss eine ganze Zahl von 1 bis {MaxLimit} sein.", $"limit={rawLimit}");
            }

            filters.Add(new("limit", rawLimit));
        }

        var after = Single(query, "after");
        if (after is not null && (after.Length is 0 or > 40 || !after.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new OParlException(400, "Der Parameter „after“ ist keine gültige Fortsetzungsmarke. Folgen Sie den Links „next“ der Liste.", $"after={after}");
        }

        filters.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new OParlListRequest(createdSince, createdUntil, modifiedSince, modifiedUntil, omitInternal, limit, after, filters);
    }

    /// <summary>The cursor as a positive whole number (the id of the last object of the previous page).</summary>
    public int AfterId()
    {
        if (After is null)
        {
            return 0;
        }

        return int.TryParse(After, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new OParlException(400, "Der Parameter „after“ ist keine gültige Fortsetzungsmarke. Folgen Sie den Links „next“ der Liste.", $"after={After}");
    }

    /// <summary>The list URL with the filters (sorted by name) and, when given, the cursor.</summary>
    public string Link(string listUrl, string? after = null)
    {
        var parameters = new List<KeyValuePair<string, string>>(Filters);
        if (after is not null)
        {
            parameters.Add(new("after", after));
        }

        if (parameters.Count == 0)
        {
            return listUrl;
        }

        parameters.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder(listUrl).Append('?');
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(parameters[i].Key).Append('=').Append(Uri.EscapeDataString(parameters[i].Value));
        }

        return builder.ToString();
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count != 1)
        {
            throw new OParlException(400, $"Der Parameter „{name}“ darf nur einmal angegeben werden.");
        }

        return values[0] ?? "";
    }
}
