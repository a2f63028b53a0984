using System.Globalization;

namespace Modellregion.Web.Platform;

/// <summary>How money, dates and times are shown: euros with German number format, times in Europe/Berlin.</summary>
public static class Formatting
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static CultureInfo UiCulture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.GetCultureInfo("en-GB") : German;

    /// <summary>1070000m → "1.070.000 €" (cents only when there are any).</summary>
    public static string Euro(decimal amount)
    {
        var format = decimal.Truncate(amount) == amount ? "#,##0" : "#,##0.00";
        return amount.ToString(format, UiCulture) + " €";
    }

    public static string Euro(decimal? amount, string missing = "–") => amount is { } a ? Euro(a) : missing;

    /// <summary>Large sums in words for headline figures: 17300000 → "17,3 Mio. €".</summary>
    public static string EuroShort(decimal amount)
    {
        var english = UiCulture.TwoLetterISOLanguageName == "en";
        return amount switch
        {
            >= 1_000_000_000m => (amount / 1_000_000_000m).ToString("#,##0.#", UiCulture) + (english ? " bn €" : " Mrd. €"),
            >= 1_000_000m => (amount / 1_000_000m).ToString("#,##0.#", UiCulture) + (english ? " m €" : " Mio. €"),
            _ => Euro(amount),
        };
    }

    public static string Number(long value) => value.ToString("#,##0", UiCulture);

    public static string Percent(decimal value) => value.ToString("0.##", UiCulture) + " %";

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date, string missing = "–") => date is { } d ? Date(d) : missing;

    /// <summary>A date known only to the month or year is shown that way: "Februar 2019", "2022".</summary>
    public static string Date(DateOnly? date, DatePrecision precision, string missing = "–") => date switch
    {
        null => missing,
        { } d when precision == DatePrecision.Year => d.Year.ToString(CultureInfo.InvariantCulture),
        { } d when precision == DatePrecision.Month => d.ToString("MMMM yyyy", UiCulture),
        { } d => Date(d),
    };

    public static DateTime ToBerlin(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    /// <summary>The calendar day in Berlin at the moment <paramref name="utc"/> (deadlines and dates count in Berlin days).</summary>
    public static DateOnly BerlinDate(DateTime utc) => DateOnly.FromDateTime(ToBerlin(utc));

    /// <summary>
    /// A Berlin wall-clock time as UTC. False for a time that does not exist: the hour skipped when summer time
    /// begins (e.g. 02:30 on the last Sunday in March). In the hour that occurs twice in October, standard time is
    /// taken.
    /// </summary>
    public static bool TryBerlinToUtc(DateOnly date, TimeOnly time, out DateTime utc)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Berlin.IsInvalidTime(local))
        {
            utc = default;
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(local, Berlin);
        return true;
    }

    /// <summary>A Berlin wall-clock time known to exist (e.g. fixed times in seed data) as UTC.</summary>
    public static DateTime BerlinToUtc(DateOnly date, TimeOnly time) =>
        TryBerlinToUtc(date, time, out var utc)
            ? utc
            : throw new ArgumentOutOfRangeException(nameof(time), $"{date:yyyy-MM-dd} {time:HH:mm} does not exist in Europe/Berlin.");

    /// <summary>A stored UTC time as Berlin local time: "24.11.2026, 14:05 Uhr".</summary>
    public static string Timestamp(DateTime utc)
    {
        var local = ToBerlin(utc);
        return UiCulture.TwoLetterISOLanguageName == "en"
            ? local.ToString("dd MMM yyyy, HH:mm", UiCulture)
            : local.ToString("dd.MM.yyyy, HH:mm", German) + " Uhr";
    }

    /// <summary>Machine-readable value for the HTML time element.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>How exactly a reported date is known.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}
