using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>One registration as a request for access (Art. 15 GDPR) shows it: everything stored about the person.</summary>
public sealed record PersonRegistration(int Id, string EventSlug, string EventTitle, DateTime EventStartsAt, string? Name, string? Email,
    string? Organisation, string? NewOrganisation, TicketKind Kind, RegistrationStatus Status, string? AccessibilityNeeds,
    bool ShowOrganisation, bool AddToDirectory, DateTime CreatedAt, DateTime ConsentedAt, DateTime? ConfirmedAt, DateTime? WaitingSince,
    DateTime? CancelledAt, DateTime? CheckedInAt, string? PriorityReason);

public sealed record PersonData(string Email, IReadOnlyList<PersonRegistration> Registrations);

/// <summary>
/// Access and erasure on request (Art. 15 and 17 GDPR): every registration stored for one e-mail address at events
/// the office manages, for download, and erased at once. A place the person held at an upcoming event is freed and
/// offered to the next person waiting; a registration already checked in keeps its attendance without the person.
/// </summary>
public sealed class EventPersonalData(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, Waitlist waitlist)
{
    /// <summary>The empty search form, for those who manage events.</summary>
    public async Task<Result<PersonData>> OpenAsync() =>
        await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage)
            ? new PersonData("", [])
            : new Outcome.Forbidden();

    /// <summary>The registrations stored for <paramref name="email"/>; an invalid address is refused with a message.</summary>
    public async Task<Result<PersonData>> FindAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!EmailAddresses.IsValid(email))
        {
            return Outcome.Invalid.Of("Email", EventsTexts.Of("PersonalData.InvalidEmail"));
        }

        var key = EmailAddresses.Key(email!);
        var rows = await (await ManageableAsync(key, cancellationToken)).AsNoTracking()
            .OrderBy(r => r.Event!.StartsAt).ThenBy(r => r.Id)
            .Select(r => new PersonRegistration(r.Id, r.Event!.Slug, r.Event.Title, r.Event.StartsAt, r.Name, r.Email,
                r.Organisation == null ? null : r.Organisation.Name, r.NewOrganisationName, r.TicketType!.Kind, r.Status, r.AccessibilityNeeds,
                r.ShowOrganisation, r.AddToDirectory, r.CreatedAt, r.ConsentedAt, r.ConfirmedAt, r.WaitingSince, r.CancelledAt, r.CheckedInAt, r.PriorityReason))
            .ToListAsync(cancellationToken);
        return new PersonData(email!.Trim(), rows);
    }

    /// <summary>Erases every registration stored for <paramref name="email"/> at once; answers how many.</summary>
    public async Task<Outcome> EraseAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!EmailAddresses.IsValid(email))
        {
            return Outcome.Invalid.Of("Email", EventsTexts.Of("PersonalData.InvalidEmail"));
        }

        var key = EmailAddresses.Key(email!);
        var freed = new List<int>();
        int count;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var registrations = await (await ManageableAsync(key, cancellationToken)).Include(r => r.Event).ToListAsync(cancellationToken);
            if (registrations.Count == 0)
            {
                return Outcome.Invalid.Of("Email", EventsTexts.Of("PersonalData.NothingStored"));
            }

            freed.AddRange(await AnonymiseAsync(db, registrations, cancellationToken));
            count = registrations.Count;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var ticketTypeId in freed.Distinct())
        {
            await waitlist.OfferFreePlacesAsync(ticketTypeId, cancellationToken);
        }

        return new Outcome.Saved(count);
    }

    /// <summary>
    /// Anonymises the registrations (with their events loaded); a place held at an upcoming event is cancelled and
    /// released. Answers the ticket types with a freed place, to be offered to the waiting list once saved.
    /// </summary>
    internal static async Task<IReadOnlyList<int>> AnonymiseAsync(AppDbContext db, IReadOnlyList<Registration> registrations, CancellationToken cancellationToken)
    {
        var freed = new List<int>();
        var now = db.UtcNow;
        foreach (var registration in registrations)
        {
            var upcoming = registration.Event!.EndsAt > now;
            if (upcoming && registration.CheckedInAt is null && registration.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired)
                && registration.Cancel(now))
            {
                await Places.ReleaseAsync(db, registration.TicketTypeId, cancellationToken);
                freed.Add(registration.TicketTypeId);
            }

            registration.Anonymise(now);
        }

        return freed;
    }

    /// <summary>The registrations of this address at events the person may manage (all for administrators).</summary>
    private async Task<IQueryable<Registration>> ManageableAsync(string key, CancellationToken cancellationToken)
    {
        var registrations = db.EventRegistrations.Where(r => r.EmailKey == key && r.AnonymisedAt == null);
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        if (!scopes.IsAdministrator)
        {
            var regions = scopes.OfficeRegions.ToList();
            registrations = registrations.Where(r => r.Event!.RegionId != null && regions.Contains(r.Event.RegionId.Value));
        }

        return registrations;
    }
}
