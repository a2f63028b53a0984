using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Directory;

/// <summary>What can be done with the organisations of the directory.</summary>
public static class DirectoryOperations
{
    /// <summary>Create and edit organisations (<c>/verwaltung/akteure</c>).</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = "Directory.Edit" };

    /// <summary>
    /// The organisations of a region are kept by its project office; those without a region (ministries, agencies
    /// of the whole programme) only by administrators.
    /// </summary>
    public static bool MayEditIn(Scopes scopes, int? regionId) => regionId is { } id ? scopes.IsOffice(id) : scopes.IsAdministrator;
}

public sealed class OrganisationAuthorization(IScopeSource scopes) : ScopesHandler<Organisation>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [DirectoryOperations.Edit];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, Organisation organisation) =>
        DirectoryOperations.MayEditIn(scopes, organisation.RegionId);
}

/// <summary>Organisations may be added in a region by its office; the list and the "new" form by any office.</summary>
public sealed class DirectoryRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [DirectoryOperations.Edit];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        region.RegionId is { } id ? DirectoryOperations.MayEditIn(scopes, id) : scopes.IsOfficeAnywhere;
}
