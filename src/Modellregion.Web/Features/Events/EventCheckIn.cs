using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Events;

/// <summary>Places confirmed and people checked in, per registration type.</summary>
public sealed record CheckInFigure(TicketKind Kind, int Confirmed, int CheckedIn);

/// <summary>The check-in page of one event: its name, time and figures.</summary>
public sealed record CheckInView(int EventId, string Title, DateTime StartsAt, DateTime EndsAt, bool TimesKnown, IReadOnlyList<CheckInFigure> Figures);

/// <summary>A confirmed registration found by name, to check in with its button.</summary>
public sealed record CheckInMatch(int Id, string? Name, TicketKind Kind, DateTime? CheckedInAt, int Version);

/// <summary>
/// What a check-in attempt answered: <see cref="Outcome.Saved"/> (let in), <see cref="Outcome.Conflict"/> (refused,
/// e.g. already checked in), <see cref="Outcome.NotFound"/> with a <see cref="Message"/> (no such ticket), or no
/// outcome with the <see cref="Matches"/> of a name search to choose from.
/// </summary>
public sealed record CheckInAnswer(CheckInView View, Outcome? Outcome, Message? Message, IReadOnlyList<CheckInMatch> Matches);

/// <summary>
/// Check-in at the entrance (the office of the event's region, <see cref="EventsOperations.CheckIn"/>): by the
/// ticket's QR token, by its short code, or by picking a confirmed registration found by name. Only a confirmed place
/// that has not been checked in is let in; a ticket of another event, a cancelled, waiting, unconfirmed or expired
/// registration is refused with its reason. Two scans of the same ticket at the same moment let in once: the
/// registration's version decides (conditional update).
/// </summary>
public sealed class EventCheckIn(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    private const int MaxMatches = 25;

    public async Task<Result<CheckInView>> OpenAsync(int eventId, CancellationToken cancellationToken = default)
    {
        var (item, refusal) = await GateAsync(eventId, cancellationToken);
        return item is null ? refusal! : await ViewAsync(item, cancellationToken);
    }

    /// <summary>Checks in by QR token or short code; otherwise searches the confirmed registrations by name.</summary>
    public async Task<Result<CheckInAnswer>> ByCodeAsync(int eventId, string? code, CancellationToken cancellationToken = default)
    {
        var (item, refusal) = await GateAsync(eventId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var text = code?.Trim() ?? "";
        if (text.Length == 0 || text.Length > 200)
        {
            return await AnswerAsync(item, Outcome.Invalid.Of("Code", EventsTexts.Of(text.Length == 0 ? "CheckIn.CodeRequired" : "CheckIn.CodeTooLong")), cancellationToken);
        }

        // The QR code carries the opaque ticket token.
        if (EventTokens.Hash(text) is not null)
        {
            var byToken = await db.EventRegistrations.Include(r => r.TicketType).FirstOrDefaultAsync(r => r.TicketToken == text, cancellationToken);
            if (byToken is not null)
            {
                return byToken.EventId == item.Id
                    ? await CheckInAsync(item, byToken, null, cancellationToken)
                    : await AnswerAsync(item, new Outcome.Conflict(EventsTexts.Of("CheckIn.OtherEvent")), cancellationToken);
            }
        }

        // The short code, typed by hand: case and spaces or dashes do not matter.
        var shortCode = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '–'))]).ToUpperInvariant();
        var otherEvent = false;
        if (shortCode.Length == 8 && shortCode.All(char.IsAsciiLetterOrDigit))
        {
            var byCode = await db.EventRegistrations.Include(r => r.TicketType).FirstOrDefaultAsync(r => r.EventId == item.Id && r.ShortCode == shortCode, cancellationToken);
            if (byCode is not null)
            {
                return await CheckInAsync(item, byCode, null, cancellationToken);
            }

            otherEvent = await db.EventRegistrations.AnyAsync(r => r.ShortCode == shortCode && r.EventId != item.Id, cancellationToken);
        }

        // A name: the confirmed registrations of this event whose name contains the text.
        var confirmed = await db.EventRegistrations.AsNoTracking()
            .Where(r => r.EventId == item.Id && r.Status == RegistrationStatus.Confirmed && r.Name != null)
            .Select(r => new CheckInMatch(r.Id, r.Name, r.TicketType!.Kind, r.CheckedInAt, r.Version))
            .ToListAsync(cancellationToken);
        var matches = confirmed.Where(m => m.Name!.Contains(text, StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).Take(MaxMatches).ToList();
        if (matches.Count > 0)
        {
            return new CheckInAnswer(await ViewAsync(item, cancellationToken), null, EventsTexts.Of("CheckIn.Matches", matches.Count), matches);
        }

        return otherEvent
            ? await AnswerAsync(item, new Outcome.Conflict(EventsTexts.Of("CheckIn.OtherEvent")), cancellationToken)
            : new CheckInAnswer(await ViewAsync(item, cancellationToken), new Outcome.NotFound(), EventsTexts.Of("CheckIn.Unknown"), []);
    }

    /// <summary>Checks in a registration picked from the name search, as it was shown (<paramref name="version"/>).</summary>
    public async Task<Result<CheckInAnswer>> ByIdAsync(int eventId, int registrationId, int version, CancellationToken cancellationToken = default)
    {
        var (item, refusal) = await GateAsync(eventId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var registration = await db.EventRegistrations.Include(r => r.TicketType).FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null)
        {
            return new CheckInAnswer(await ViewAsync(item, cancellationToken), new Outcome.NotFound(), EventsTexts.Of("CheckIn.Unknown"), []);
        }

        return registration.EventId == item.Id
            ? await CheckInAsync(item, registration, version, cancellationToken)
            : await AnswerAsync(item, new Outcome.Conflict(EventsTexts.Of("CheckIn.OtherEvent")), cancellationToken);
    }

    private async Task<CheckInAnswer> CheckInAsync(Event item, Registration registration, int? version, CancellationToken cancellationToken)
    {
        if (Refusal(registration) is { } reason)
        {
            return await AnswerAsync(item, new Outcome.Conflict(reason), cancellationToken);
        }

        if (version is { } shown && shown != registration.Version)
        {
            return await AnswerAsync(item, new Outcome.Conflict(EventsTexts.Of("CheckIn.Stale")), cancellationToken);
        }

        registration.CheckIn(db.UtcNow);
        try
        {
            // Saved only if nobody changed the registration since it was read (its version is the concurrency token).
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registration.Id, cancellationToken);
            return await AnswerAsync(item, new Outcome.Conflict(now is null ? EventsTexts.Of("CheckIn.Unknown") : Refusal(now) ?? EventsTexts.Of("CheckIn.Stale")), cancellationToken);
        }

        var admitted = EventsTexts.Of(registration.TicketType!.Kind == TicketKind.Online ? "CheckIn.AdmittedOnline" : "CheckIn.AdmittedOnSite", Shown(registration));
        return new CheckInAnswer(await ViewAsync(item, cancellationToken), new Outcome.Saved(registration.Id), admitted, []);
    }

    /// <summary>Why this registration may not be let in; null if it may.</summary>
    private static Message? Refusal(Registration registration)
    {
        var name = Shown(registration);
        if (registration.CheckedInAt is { } at)
        {
            return EventsTexts.Of("CheckIn.AlreadyCheckedIn", name, Formatting.Timestamp(at));
        }

        return registration.Status switch
        {
            RegistrationStatus.Confirmed => null,
            RegistrationStatus.Cancelled => EventsTexts.Of("CheckIn.Cancelled", name),
            RegistrationStatus.OfferExpired => EventsTexts.Of("CheckIn.OfferExpired", name),
            RegistrationStatus.Waiting or RegistrationStatus.Offered => EventsTexts.Of("CheckIn.Waiting", name),
            _ => EventsTexts.Of("CheckIn.Unconfirmed", name),
        };
    }

    private static string Shown(Registration registration) => registration.Name ?? "–";

    private async Task<CheckInAnswer> AnswerAsync(Event item, Outcome outcome, CancellationToken cancellationToken) =>
        new(await ViewAsync(item, cancellationToken), outcome, outcome is Outcome.Conflict conflict ? conflict.Message : null, []);

    private async Task<(Event? Item, Outcome? Refusal)> GateAsync(int eventId, CancellationToken cancellationToken)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null)
        {
            return (null, new Outcome.NotFound());
        }

        return await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.CheckIn)
            ? (item, null)
            : (null, new Outcome.Forbidden());
    }

    private async Task<CheckInView> ViewAsync(Event item, CancellationToken cancellationToken)
    {
        var counts = await db.EventRegistrations.AsNoTracking()
            .Where(r => r.EventId == item.Id && r.Status == RegistrationStatus.Confirmed)
            .GroupBy(r => r.TicketType!.Kind)
            .Select(g => new CheckInFigure(g.Key, g.Count(), g.Count(r => r.CheckedInAt != null)))
            .ToListAsync(cancellationToken);
        var kinds = await db.EventTicketTypes.AsNoTracking().Where(t => t.EventId == item.Id).Select(t => t.Kind).Distinct().ToListAsync(cancellationToken);
        var figures = kinds.Union(counts.Select(c => c.Kind)).Order()
            .Select(k => counts.FirstOrDefault(c => c.Kind == k) ?? new CheckInFigure(k, 0, 0)).ToList();
        return new CheckInView(item.Id, item.Title, item.StartsAt, item.EndsAt, item.TimesKnown, figures);
    }
}
