using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The registrations of one address at every event, for access and erasure across the installation (the privacy
/// pages). Erasure works as on the office's own page (<see cref="EventPersonalData"/>): places at upcoming events are
/// released and offered to the waiting list once the erasure is committed.
/// </summary>
public sealed class EventsPersonalDataSource(AppDbContext db, Waitlist waitlist) : IPersonalDataSource
{
    public int Order => 30;

    public Message Area => EventsTexts.Of("Privacy.Area");

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string emailKey, CancellationToken cancellationToken)
    {
        var rows = await Stored(emailKey).AsNoTracking()
            .OrderBy(r => r.Event!.StartsAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Event!.Slug,
                r.Event.Title,
                r.Name,
                r.Email,
                Organisation = r.Organisation == null ? r.NewOrganisationName : r.Organisation.Name,
                r.TicketType!.Kind,
                r.Status,
                r.AccessibilityNeeds,
                r.ShowOrganisation,
                r.AddToDirectory,
                r.CreatedAt,
                r.ConsentedAt,
                r.CheckedInAt,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PersonalDataRecord(EventsTexts.Of("Privacy.Registration"), r.Title,
        [
            new(EventsTexts.Of("PersonalData.Name"), r.Name),
            new(EventsTexts.Of("PersonalData.Email"), r.Email),
            new(EventsTexts.Of("PersonalData.Organisation"), r.Organisation),
            new(EventsTexts.Of("PersonalData.Kind"), EventsTexts.Of(EventLabels.Kind(r.Kind)).ToString()),
            new(EventsTexts.Of("PersonalData.Status"), EventsTexts.Of(EventLabels.Status(r.Status)).ToString()),
            new(EventsTexts.Of("Privacy.AccessibilityNeeds"), r.AccessibilityNeeds),
            new(EventsTexts.Of("Privacy.ShowOrganisation"), EventsTexts.Of(r.ShowOrganisation ? "Privacy.Yes" : "Privacy.No").ToString()),
            new(EventsTexts.Of("Privacy.AddToDirectory"), EventsTexts.Of(r.AddToDirectory ? "Privacy.Yes" : "Privacy.No").ToString()),
            new(EventsTexts.Of("PersonalData.Registered"), Formatting.Timestamp(r.CreatedAt)),
            new(EventsTexts.Of("Privacy.ConsentedAt"), Formatting.Timestamp(r.ConsentedAt)),
            new(EventsTexts.Of("Privacy.CheckedInAt"), r.CheckedInAt is { } at ? Formatting.Timestamp(at) : null),
        ], $"/veranstaltungen/{r.Slug}"))];
    }

    public async Task<PersonalDataErasure> EraseAsync(string emailKey, CancellationToken cancellationToken)
    {
        var registrations = await Stored(emailKey).Include(r => r.Event).ToListAsync(cancellationToken);
        if (registrations.Count == 0)
        {
            return PersonalDataErasure.None;
        }

        var freed = await EventPersonalData.AnonymiseAsync(db, registrations, cancellationToken);
        return new PersonalDataErasure(registrations.Count, async token =>
        {
            foreach (var ticketTypeId in freed.Distinct())
            {
                await waitlist.OfferFreePlacesAsync(ticketTypeId, token);
            }
        });
    }

    private IQueryable<Registration> Stored(string emailKey) =>
        db.EventRegistrations.Where(r => r.EmailKey == emailKey && r.AnonymisedAt == null);
}
