using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The second step of the double opt-in: the link from the mail confirms the address. Then the place is decided:
/// a free place (and nobody waiting before this person) is taken, otherwise the person joins the waitlist. A link
/// used twice, tampered with, or of an event that is over answers "not found".
/// </summary>
public sealed class ConfirmRegistration(AppDbContext db, IEmailSender mail, ILogger<ConfirmRegistration> logger)
{
    public async Task<(Outcome Outcome, RegistrationStatus? Status)> RunAsync(string slug, string? token, string siteUrl, CancellationToken cancellationToken = default)
    {
        var hash = EventTokens.Hash(token);
        if (hash is null)
        {
            return (new Outcome.NotFound(), null);
        }

        Registration? registration;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            registration = await db.Set<Registration>().Include(r => r.Event).Include(r => r.TicketType)
                .FirstOrDefaultAsync(r => r.ConfirmTokenHash == hash && r.Event!.Slug == slug && r.Status == RegistrationStatus.Unconfirmed, cancellationToken);
            if (registration is null)
            {
                return (new Outcome.NotFound(), null);
            }

            var now = db.UtcNow;
            if (registration.Event!.CancelledAt is not null || registration.Event.EndsAt <= now)
            {
                return (new Outcome.Conflict(EventsTexts.Of(registration.Event.CancelledAt is null ? "Register.EventPast" : "Register.EventCancelled")), null);
            }

            // Nobody jumps the queue: while people wait for this type, a new confirmation waits behind them.
            var someoneWaits = await db.Set<Registration>().AnyAsync(r => r.TicketTypeId == registration.TicketTypeId && r.Status == RegistrationStatus.Waiting, cancellationToken);
            var placeTaken = !someoneWaits && await Places.TryTakeAsync(db, registration.TicketTypeId, cancellationToken);
            registration.ConfirmAddress(placeTaken, now);
            if (placeTaken)
            {
                await IssueTicketAsync(db, registration, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await EventMails.SendAsync(mail, logger, registration.Status == RegistrationStatus.Confirmed
            ? EventMails.Confirmed(registration.Event, registration, siteUrl, null)
            : EventMails.Waiting(registration.Event, registration), cancellationToken);
        return (new Outcome.Saved(registration.Id), registration.Status);
    }

    /// <summary>A confirmed place gets its ticket: a short code unique within the event and an opaque token for the QR code.</summary>
    internal static async Task IssueTicketAsync(AppDbContext db, Registration registration, CancellationToken cancellationToken)
    {
        string code;
        do
        {
            code = EventTokens.NewShortCode();
        }
        while (await db.Set<Registration>().AnyAsync(r => r.EventId == registration.EventId && r.ShortCode == code, cancellationToken));

        registration.ShortCode = code;
        registration.TicketToken = EventTokens.New();
    }
}
