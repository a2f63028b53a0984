using System.Globalization;
using System.Text.RegularExpressions;

namespace Modellregion.Web.Features.Board;

/// <summary>The numbers of agenda items and the order they sort in.</summary>
public static partial class AgendaNumbers
{
    /// <summary>
    /// An agenda number as boards write it: "3", "3.1", "3.1.2", each optionally with a letter ("3a", "3.1b"). Leading
    /// zeros are dropped ("03" is "3"), so one number cannot be taken twice in two spellings. The first level runs to
    /// 999, the sub-levels from 1 to 99: that is what agendas use, and every order then fits (see <see cref="OrderOf"/>).
    /// </summary>
    public static bool TryNormalizeNumber(string? number, out string normalized, out string error)
    {
        (normalized, error) = ("", "");
        var match = AgendaNumber().Match(number?.Trim() ?? "");
        if (!match.Success)
        {
            error = "Die Nummer besteht aus Ziffern, gegebenenfalls mit Punkten gegliedert (z. B. 3 oder 3.1).";
            return false;
        }

        var parts = new List<int> { int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) };
        foreach (var group in new[] { match.Groups[2], match.Groups[3] }.Where(g => g.Success))
        {
            var part = int.Parse(group.Value, CultureInfo.InvariantCulture);
            if (part is < 1 or > 99)
            {
                error = "Unterpunkte werden von 1 bis 99 gezählt (z. B. 3.1 bis 3.99).";
                return false;
            }

            parts.Add(part);
        }

        normalized = string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture))) + match.Groups[4].Value;
        return true;
    }

    /// <summary>
    /// "3.1b" → an order that sorts 3 before 3a before 3.1 before 3.1b before 4: three levels (up to 999, 99 and 99)
    /// and a letter, at most 269,999,999 (fits an int). Only for numbers <see cref="TryNormalizeNumber"/> accepts.
    /// </summary>
    public static int OrderOf(string number)
    {
        if (!TryNormalizeNumber(number, out var normalized, out _))
        {
            throw new ArgumentException($"\"{number}\" is not an agenda number.", nameof(number));
        }

        var match = AgendaNumber().Match(normalized);
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var letter = match.Groups[4].Success ? match.Groups[4].Value[0] - 'a' + 1 : 0;
        return checked((((Part(1) * 100) + Part(2)) * 100 + Part(3)) * 27 + letter);
    }

    [GeneratedRegex(@"^([0-9]{1,3})(?:\.([0-9]{1,3}))?(?:\.([0-9]{1,3}))?([a-z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaNumber();
}
