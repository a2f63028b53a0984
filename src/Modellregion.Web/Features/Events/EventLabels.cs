using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>How events, formats and registration states are named on pages (keys of <see cref="EventsTexts"/>) and when an event is.</summary>
public static class EventLabels
{
    public static string Format(EventFormat format) => format switch
    {
        EventFormat.Online => "Format.Online",
        EventFormat.Hybrid => "Format.Hybrid",
        _ => "Format.OnSite",
    };

    public static string Kind(TicketKind kind) => kind == TicketKind.Online ? "Kind.Online" : "Kind.OnSite";

    public static string Status(RegistrationStatus status) => "Status." + status;

    /// <summary>"10.03.2022" where only the day is known; otherwise the start with time and the end's time (or day and time).</summary>
    public static string When(DateTime startsAt, DateTime endsAt, bool timesKnown)
    {
        var start = Formatting.ToBerlin(startsAt);
        var end = Formatting.ToBerlin(endsAt);
        if (!timesKnown)
        {
            return Formatting.Date(DateOnly.FromDateTime(start));
        }

        return DateOnly.FromDateTime(start) == DateOnly.FromDateTime(end)
            ? $"{Formatting.Timestamp(startsAt)} – {end:HH:mm}"
            : $"{Formatting.Timestamp(startsAt)} – {Formatting.Timestamp(endsAt)}";
    }
}
