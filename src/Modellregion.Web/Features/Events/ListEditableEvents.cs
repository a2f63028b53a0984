using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>One event in the back-office list, with its registrations counted by state.</summary>
public sealed record EditableEventRow(int Id, string Slug, string Title, DateTime StartsAt, DateTime EndsAt, bool TimesKnown, string? Region,
    bool IsPublished, bool IsCancelled, int Confirmed, int Waiting, int CheckedIn);

public sealed record EditableEvents(IReadOnlyList<EditableEventRow> Upcoming, IReadOnlyList<EditableEventRow> Past);

/// <summary>The events this person may manage (<c>/verwaltung/veranstaltungen</c>): upcoming first, then past.</summary>
public sealed class ListEditableEvents(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Result<EditableEvents>> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var events = db.Events.AsNoTracking();
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        if (!scopes.IsAdministrator)
        {
            var ids = scopes.OfficeRegions.ToList();
            events = events.Where(e => e.RegionId != null && ids.Contains(e.RegionId.Value));
        }

        var rows = await events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(500)
            .Select(e => new EditableEventRow(e.Id, e.Slug, e.Title, e.StartsAt, e.EndsAt, e.TimesKnown, e.Region == null ? null : e.Region.ShortName,
                e.IsPublished, e.CancelledAt != null,
                db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
                db.Set<Registration>().Count(r => r.EventId == e.Id && (r.Status == RegistrationStatus.Waiting || r.Status == RegistrationStatus.Offered)),
                db.Set<Registration>().Count(r => r.EventId == e.Id && r.CheckedInAt != null)))
            .ToListAsync(cancellationToken);
        var now = db.UtcNow;
        return new EditableEvents(
            [.. rows.Where(r => r.EndsAt >= now)],
            [.. rows.Where(r => r.EndsAt < now).Reverse()]);
    }
}
