using Microsoft.AspNetCore.Authorization.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.News;

/// <summary>What can be done with news items.</summary>
public static class NewsOperations
{
    /// <summary>Write and edit the news of a region (<c>/verwaltung/meldungen</c>).</summary>
    public static readonly OperationAuthorizationRequirement Write = new() { Name = "News.Write" };

    /// <summary>The news of a region are written by its project office; administrators write for every region.</summary>
    public static bool MayWriteIn(Scopes scopes, int regionId) => scopes.IsOffice(regionId);
}

/// <summary>A news item may be edited by the office of its region.</summary>
public sealed class NewsItemAuthorization(IScopeSource scopes) : ScopesHandler<NewsItem>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [NewsOperations.Write];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, NewsItem item) =>
        NewsOperations.MayWriteIn(scopes, item.RegionId);
}

/// <summary>News may be written in a region by its office; the list and the "new" form by any office.</summary>
public sealed class NewsRegionAuthorization(IScopeSource scopes) : ScopesHandler<RegionResource>(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [NewsOperations.Write];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation, RegionResource region) =>
        region.RegionId is { } id ? NewsOperations.MayWriteIn(scopes, id) : scopes.IsOfficeAnywhere;
}
