using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>What the personal link shows of one's own registration.</summary>
public sealed record OwnRegistration(int Id, string EventSlug, string EventTitle, DateTime StartsAt, DateTime EndsAt, TicketKind Kind,
    RegistrationStatus Status, string? Name, string? ShortCode, string? TicketToken, DateTime? OfferExpiresAt, string? StreamUrl, int Version);

/// <summary>
/// The personal link: view one's registration, take an offered place, or cancel. The link expires when the event
/// is over; a tampered link answers "not found" like an unknown one. Cancelling frees the place for the first
/// person waiting.
/// </summary>
public sealed class ManageRegistration(AppDbContext db, Waitlist waitlist, IEmailSender mail, ILogger<ManageRegistration> logger)
{
    public async Task<OwnRegistration?> FindAsync(string slug, string? token, CancellationToken cancellationToken = default)
    {
        var registration = await LoadAsync(slug, token, tracked: false, cancellationToken);
        return registration is null ? null : View(registration);
    }

    public async Task<Outcome> CancelAsync(string slug, string? token, int version, CancellationToken cancellationToken = default)
    {
        int ticketTypeId;
        bool freed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var registration = await LoadAsync(slug, token, tracked: true, cancellationToken);
            if (registration is null)
            {
                return new Outcome.NotFound();
            }

            if (registration.Version != version)
            {
                return new Outcome.Conflict(EventsTexts.Of("Manage.Stale"));
            }

            if (registration.Status is RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired || registration.CheckedInAt is not null)
            {
                return new Outcome.Conflict(EventsTexts.Of(registration.CheckedInAt is null ? "Manage.AlreadyCancelled" : "Manage.AlreadyCheckedIn"));
            }

            ticketTypeId = registration.TicketTypeId;
            freed = registration.Cancel(db.UtcNow);
            if (freed)
            {
                await Places.ReleaseAsync(db, ticketTypeId, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (freed)
        {
            await waitlist.OfferFreePlacesAsync(ticketTypeId, cancellationToken);
        }

        return new Outcome.Saved(0);
    }

    public async Task<Outcome> AcceptOfferAsync(string slug, string? token, string siteUrl, CancellationToken cancellationToken = default)
    {
        Registration? registration;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            registration = await LoadAsync(slug, token, tracked: true, cancellationToken);
            if (registration is null)
            {
                return new Outcome.NotFound();
            }

            if (registration.Status != RegistrationStatus.Offered || registration.OfferExpiresAt <= db.UtcNow)
            {
                return new Outcome.Conflict(EventsTexts.Of("Manage.NoOpenOffer"));
            }

            registration.AcceptOffer(db.UtcNow);
            await ConfirmRegistration.IssueTicketAsync(db, registration, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await EventMails.SendAsync(mail, logger, EventMails.Confirmed(registration.Event!, registration, siteUrl, token), cancellationToken);
        return new Outcome.Saved(registration.Id);
    }

    private async Task<Registration?> LoadAsync(string slug, string? token, bool tracked, CancellationToken cancellationToken)
    {
        var hash = EventTokens.Hash(token);
        if (hash is null)
        {
            return null;
        }

        var query = db.Set<Registration>().Include(r => r.Event).Include(r => r.TicketType).Where(r => r.ManageTokenHash == hash && r.Event!.Slug == slug);
        var registration = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);

        // The link expires with the event.
        return registration is null || registration.Event!.EndsAt <= db.UtcNow ? null : registration;
    }

    private static OwnRegistration View(Registration r) => new(r.Id, r.Event!.Slug, r.Event.Title, r.Event.StartsAt, r.Event.EndsAt, r.TicketType!.Kind,
        r.Status, r.Name, r.Status == RegistrationStatus.Confirmed ? r.ShortCode : null, r.Status == RegistrationStatus.Confirmed ? r.TicketToken : null,
        r.OfferExpiresAt, r.Status == RegistrationStatus.Confirmed && r.TicketType.Kind == TicketKind.Online ? r.Event.StreamUrl : null, r.Version);
}
