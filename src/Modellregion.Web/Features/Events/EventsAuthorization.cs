using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Events;

/// <summary>What can be done with events in the back office.</summary>
public static class EventsOperations
{
    /// <summary>Create and edit events, their sessions and capacities, and look after their registrations.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Events.Manage" };

    /// <summary>Check people in at the entrance (the check-in page).</summary>
    public static readonly OperationAuthorizationRequirement CheckIn = new() { Name = "Events.CheckIn" };

    /// <summary>
    /// A region's events are run by its project office; events of the whole programme (no region) by administrators.
    /// </summary>
    public static bool MayManage(Scopes scopes, int? regionId) =>
        regionId is { } id ? scopes.IsOffice(id) : scopes.IsAdministrator;
}

/// <summary>An event is managed, and its participants checked in, by the office of its region.</summary>
public sealed class EventAuthorization(IScopeSource scopes) : ScopesHandler<Event>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [EventsOperations.Manage, EventsOperations.CheckIn];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, Event item) =>
        EventsOperations.MayManage(scopes, item.RegionId);
}

/// <summary>Events may be created in a region by its office; the list and the "new" form by any office.</summary>
public sealed class EventsRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [EventsOperations.Manage, EventsOperations.CheckIn];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        region.RegionId is { } id ? EventsOperations.MayManage(scopes, id) : scopes.IsOfficeAnywhere;
}
