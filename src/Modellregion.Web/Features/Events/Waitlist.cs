using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The waitlist of a registration type: a freed place is offered to the first person waiting (in order of
/// <see cref="Registration.WaitingSince"/>), held for <see cref="Event.OfferTime"/>; an offer not taken in time
/// expires and the place passes on. Every step takes or frees the place in the same transaction as the registration.
/// </summary>
public sealed class Waitlist(AppDbContext db, IEmailSender mail, SiteAddress site, ILogger<Waitlist> logger)
{
    /// <summary>Offers the free places of a type to the people waiting, one each; returns how many offers went out.</summary>
    public async Task<int> OfferFreePlacesAsync(int ticketTypeId, CancellationToken cancellationToken = default)
    {
        var offered = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            Registration? next;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                next = await db.Set<Registration>().Include(r => r.Event).Include(r => r.TicketType)
                    .Where(r => r.TicketTypeId == ticketTypeId && r.Status == RegistrationStatus.Waiting)
                    .OrderBy(r => r.WaitingSince).ThenBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
                var now = db.UtcNow;
                if (next is null || next.Event!.EndsAt <= now || !await Places.TryTakeAsync(db, ticketTypeId, cancellationToken))
                {
                    return offered;
                }

                next.Offer(now, now + next.Event.OfferTime(now));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            offered++;
            await EventMails.SendAsync(mail, logger, EventMails.Offer(next.Event, next, site.ForBackground()), cancellationToken);
        }
    }

    /// <summary>Lets every offer that was not taken in time expire and passes its place on; returns how many expired.</summary>
    public async Task<int> ExpireOffersAsync(CancellationToken cancellationToken = default)
    {
        var now = db.UtcNow;
        var due = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
            .OrderBy(r => r.OfferExpiresAt).Select(r => new { r.Id, r.TicketTypeId }).Take(500).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var offer in due)
        {
            db.ChangeTracker.Clear();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var registration = await db.Set<Registration>().FirstAsync(r => r.Id == offer.Id, cancellationToken);
                if (registration.Status != RegistrationStatus.Offered || registration.OfferExpiresAt > db.UtcNow)
                {
                    continue;
                }

                registration.ExpireOffer(db.UtcNow);
                await Places.ReleaseAsync(db, offer.TicketTypeId, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            expired++;
            await OfferFreePlacesAsync(offer.TicketTypeId, cancellationToken);
        }

        return expired;
    }
}
