using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A selection of the deadlines page, as it appears in its address: <c>art</c> (nachweis, zeitraum, pruefung),
/// <c>stand=ueberfaellig</c>, <c>tage</c> (due from today within that many days) and <c>projekt</c>. The dashboard
/// counts with the same filter it links to, so the count and the list agree.
/// </summary>
public sealed record DeadlineFilter(string? Kind = null, string? State = null, int? WithinDays = null, int? ProjectId = null)
{
    public const string Path = "/verwaltung/fristen";
    public const string Proofs = "nachweis";
    public const string PeriodEnds = "zeitraum";
    public const string RequestChecks = "pruefung";
    public const string Overdue = "ueberfaellig";
    public const int MaxDays = 366;

    public static readonly IReadOnlyList<(string Slug, string Label)> Kinds =
    [
        (Proofs, "Nachweise"),
        (PeriodEnds, "Ende des Bewilligungszeitraums"),
        (RequestChecks, "Mittelabrufe zur Prüfung"),
    ];

    public bool IsEmpty => Kind is null && State is null && WithinDays is null && ProjectId is null;

    /// <summary>Reads the values from the address; unknown ones are left out and reported.</summary>
    public static (DeadlineFilter Filter, bool HadUnknown) Parse(string? kind, string? state, string? days, string? project)
    {
        var unknown = false;
        string? Known(string? value, Func<string, bool> valid)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (valid(value))
            {
                return value;
            }

            unknown = true;
            return null;
        }

        int? Number(string? value, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 0 && number <= max)
            {
                return number;
            }

            unknown = true;
            return null;
        }

        var filter = new DeadlineFilter(
            Known(kind, k => Kinds.Any(x => x.Slug == k)),
            Known(state, s => s == Overdue),
            Number(days, MaxDays),
            Number(project, int.MaxValue) is { } id && id > 0 ? id : null);
        return (filter, unknown);
    }

    public bool Matches(Deadline deadline, DateOnly today) =>
        Kind switch
        {
            Proofs => deadline.Kind is DeadlineKind.InterimProof or DeadlineKind.FinalProof,
            PeriodEnds => deadline.Kind == DeadlineKind.FundingPeriodEnd,
            RequestChecks => deadline.Kind == DeadlineKind.RequestCheck,
            _ => true,
        }
        && (State != Overdue || (deadline.Kind != DeadlineKind.RequestCheck && deadline.DueOn < today))
        && (WithinDays is not { } days || (deadline.DueOn >= today && deadline.DueOn.DayNumber - today.DayNumber <= days))
        && (ProjectId is not { } id || deadline.ProjectId == id);

    public IReadOnlyList<Deadline> Apply(IEnumerable<Deadline> deadlines, DateOnly today) =>
        [.. deadlines.Where(d => Matches(d, today)).OrderBy(d => d.DueOn).ThenBy(d => d.ProjectTitle, StringComparer.Ordinal)];

    /// <summary>The address of the deadlines page showing exactly this selection.</summary>
    public string Href(string? region = null) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["region"] = region,
        ["art"] = Kind,
        ["stand"] = State,
        ["tage"] = WithinDays?.ToString(CultureInfo.InvariantCulture),
        ["projekt"] = ProjectId?.ToString(CultureInfo.InvariantCulture),
    }.Where(q => q.Value is not null)!);

    /// <summary>The selection in words, for the heading of the filtered list ("Nachweise, überfällig").</summary>
    public IReadOnlyList<(string Text, string[] Arguments)> Describe()
    {
        var parts = new List<(string, string[])>();
        if (Kinds.FirstOrDefault(k => k.Slug == Kind) is { Label: { } label })
        {
            parts.Add((label, []));
        }

        if (State == Overdue)
        {
            parts.Add(("überfällig", []));
        }

        if (WithinDays is { } days)
        {
            parts.Add(days switch
            {
                0 => ("heute fällig", []),
                1 => ("fällig bis morgen", []),
                _ => ("fällig in den nächsten {0} Tagen", [days.ToString(CultureInfo.InvariantCulture)]),
            });
        }

        return parts;
    }
}
