using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

public sealed record EditableNewsRow(int Id, string Slug, string Title, DateOnly PublishedOn, string Region, bool IsPublished);

public sealed record EditableNews(IReadOnlyList<EditableNewsRow> Items);

/// <summary>The news this person may edit, newest first (<c>/verwaltung/meldungen</c>): for offices and administrators.</summary>
public sealed class ListEditableNews(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Result<EditableNews>> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, NewsOperations.Write))
        {
            return new Outcome.Forbidden();
        }

        var news = db.News.AsNoTracking();
        if ((await currentUser.ScopesAsync(cancellationToken)).OfficeRegionsOrAll is { } regions)
        {
            var ids = regions.ToList();
            news = news.Where(n => ids.Contains(n.RegionId));
        }

        return new EditableNews(await news.OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id).Take(200)
            .Select(n => new EditableNewsRow(n.Id, n.Slug, n.Title, n.PublishedOn, n.Region!.ShortName, n.IsPublished))
            .ToListAsync(cancellationToken));
    }
}
