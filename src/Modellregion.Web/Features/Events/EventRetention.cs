using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// Keeps registrations only as long as they are needed: <see cref="EventsOptions.RetentionDays"/> days after an
/// event ends, the personal data of its registrations is erased (<see cref="Registration.Anonymise"/>: name, address,
/// organisation as typed, accessibility notes, tokens); type, status and times stay for the attendance figures, and so
/// does a directory organisation whose mention was agreed to. Registrations whose address was never confirmed are
/// deleted <see cref="EventsOptions.UnconfirmedDays"/> days after they were made. Run by <see cref="WaitlistService"/>.
/// </summary>
public sealed class EventRetention(AppDbContext db, IOptions<EventsOptions> options)
{
    /// <summary>Erases what is due at <paramref name="utcNow"/>; returns how many registrations were anonymised or deleted.</summary>
    public async Task<int> RunAsync(DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var endedBefore = utcNow.AddDays(-Math.Max(0, options.Value.RetentionDays));
        var expired = await db.EventRegistrations
            .Where(r => r.AnonymisedAt == null && r.Event!.EndsAt < endedBefore)
            .OrderBy(r => r.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var registration in expired)
        {
            registration.Anonymise(utcNow);
        }

        var unconfirmedBefore = utcNow.AddDays(-Math.Max(1, options.Value.UnconfirmedDays));
        var unconfirmed = await db.EventRegistrations
            .Where(r => r.Status == RegistrationStatus.Unconfirmed && r.AnonymisedAt == null && r.CreatedAt < unconfirmedBefore)
            .OrderBy(r => r.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        db.EventRegistrations.RemoveRange(unconfirmed.Except(expired));

        if (expired.Count + unconfirmed.Count == 0)
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired.Union(unconfirmed).Count();
    }
}
