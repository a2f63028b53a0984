using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// An organisation named at registration that is not yet in the directory, whose participants agreed that it be
/// added: one row per name and region, with the events and how many people named it, and a directory organisation
/// of the same name where one exists.
/// </summary>
public sealed record DirectoryProposal(int RegistrationId, string Name, string? Region, IReadOnlyList<string> Events, int People,
    int? MatchId, string? MatchName);

public sealed record DirectoryProposals(IReadOnlyList<DirectoryProposal> Proposals);

/// <summary>
/// The network grows from events: after an event, the office reviews the organisations its confirmed participants
/// named and agreed to add (<see cref="Registration.AddToDirectory"/>). Taking one up creates the organisation in the
/// directory of the event's region (or links an existing one of that name); the registrations then name it, so it
/// shows "Nahm teil an …" where the participant also agreed to be shown. Declining keeps the name out of the directory.
/// Nothing appears in <c>/akteure</c> before the office has reviewed it.
/// </summary>
public sealed class ReviewDirectoryProposals(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Result<DirectoryProposals>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var candidates = await (await PendingAsync(cancellationToken)).AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, Name = r.NewOrganisationName!, r.Event!.RegionId, Region = r.Event.Region == null ? null : r.Event.Region.ShortName, r.Event.Title })
            .Take(2000)
            .ToListAsync(cancellationToken);
        var groups = candidates.GroupBy(c => (Key: SearchText.Fold(c.Name), c.RegionId)).ToList();
        var keys = groups.Select(g => g.Key.Key).Distinct().ToList();
        var names = candidates.Select(c => c.Name.Trim()).Distinct().ToList();
        var matches = (await db.Organisations.AsNoTracking().Where(o => names.Contains(o.Name)).Select(o => new { o.Id, o.Name, o.RegionId }).ToListAsync(cancellationToken))
            .ToLookup(o => SearchText.Fold(o.Name));
        return new DirectoryProposals([.. groups.Select(g =>
        {
            var first = g.First();
            var match = matches[g.Key.Key].OrderBy(o => o.RegionId == g.Key.RegionId ? 0 : 1).FirstOrDefault();
            return new DirectoryProposal(first.Id, first.Name.Trim(), first.Region, [.. g.Select(c => c.Title).Distinct()], g.Count(), match?.Id, match?.Name);
        }).OrderBy(p => p.Name, StringComparer.CurrentCulture)]);
    }

    /// <summary>Takes the proposal of <paramref name="registrationId"/> up: into the directory, or linked to <paramref name="existingId"/>.</summary>
    public async Task<Outcome> AcceptAsync(int registrationId, int? existingId, CancellationToken cancellationToken = default)
    {
        var (refusal, group, regionId) = await GroupAsync(registrationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Organisation organisation;
        if (existingId is { } id)
        {
            var existing = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (existing is null)
            {
                return Outcome.Invalid.Of("", EventsTexts.Of("Proposals.UnknownOrganisation"));
            }

            organisation = existing;
        }
        else
        {
            var name = group[0].NewOrganisationName!.Trim();
            var baseSlug = Slug.From(name);
            var slug = baseSlug;
            for (var n = 2; await db.Organisations.AnyAsync(o => o.Slug == slug, cancellationToken); n++)
            {
                slug = $"{baseSlug}-{n}";
            }

            organisation = new Organisation { Slug = slug, Name = name, Type = OrganisationType.Other, RegionId = regionId };
            db.Organisations.Add(organisation);
        }

        foreach (var registration in group)
        {
            registration.Organisation = organisation;
            registration.NewOrganisationName = null;
        }

        return await db.SaveOrConflictAsync(() => new Outcome.Saved(organisation.Id, organisation.Slug), new Outcome.Conflict(EventsTexts.Of("Proposals.Stale")), cancellationToken);
    }

    /// <summary>Declines the proposal of <paramref name="registrationId"/>: the name stays out of the directory.</summary>
    public async Task<Outcome> DeclineAsync(int registrationId, CancellationToken cancellationToken = default)
    {
        var (refusal, group, _) = await GroupAsync(registrationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        foreach (var registration in group)
        {
            registration.AddToDirectory = false;
        }

        return await db.SaveOrConflictAsync(() => new Outcome.Saved(registrationId), new Outcome.Conflict(EventsTexts.Of("Proposals.Stale")), cancellationToken);
    }

    /// <summary>The registrations of the proposal <paramref name="registrationId"/> belongs to (same name, same region).</summary>
    private async Task<(Outcome? Refusal, List<Registration> Group, int? RegionId)> GroupAsync(int registrationId, CancellationToken cancellationToken)
    {
        var pending = await PendingAsync(cancellationToken);
        var registration = await db.EventRegistrations.Include(r => r.Event).FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null)
        {
            return (new Outcome.NotFound(), [], null);
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, registration.Event!, EventsOperations.Manage))
        {
            return (new Outcome.Forbidden(), [], null);
        }

        if (!await pending.AnyAsync(r => r.Id == registrationId, cancellationToken))
        {
            return (new Outcome.Conflict(EventsTexts.Of("Proposals.Stale")), [], null);
        }

        var regionId = registration.Event!.RegionId;
        var key = SearchText.Fold(registration.NewOrganisationName);
        var group = (await pending.Where(r => r.Event!.RegionId == regionId).ToListAsync(cancellationToken))
            .Where(r => SearchText.Fold(r.NewOrganisationName) == key).ToList();
        return (null, group, regionId);
    }

    /// <summary>Proposals still to review at events this person manages: ended, confirmed, agreed, not yet in the directory.</summary>
    private async Task<IQueryable<Registration>> PendingAsync(CancellationToken cancellationToken)
    {
        var now = db.UtcNow;
        var registrations = db.EventRegistrations.Where(r => r.AddToDirectory && r.OrganisationId == null && r.NewOrganisationName != null
            && r.AnonymisedAt == null && r.Status == RegistrationStatus.Confirmed && r.Event!.EndsAt <= now && r.Event.CancelledAt == null);
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        if (!scopes.IsAdministrator)
        {
            var regions = scopes.OfficeRegions.ToList();
            registrations = registrations.Where(r => r.Event!.RegionId != null && regions.Contains(r.Event.RegionId.Value));
        }

        return registrations;
    }
}
