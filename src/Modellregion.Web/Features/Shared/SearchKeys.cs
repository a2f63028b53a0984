using System.Globalization;

namespace Modellregion.Web.Features.Shared;

/// <summary>Keys of search documents for records with a numeric id.</summary>
public static class SearchKeys
{
    public static string Of(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static List<int> Ids(IEnumerable<string> keys) =>
        [.. keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct()];
}
