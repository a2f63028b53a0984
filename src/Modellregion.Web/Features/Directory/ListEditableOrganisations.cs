using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory;

public sealed record EditableOrganisationRow(int Id, string Slug, string Name, OrganisationType Type, string? Region);

/// <summary>
/// The organisations this person may keep (<c>/verwaltung/akteure</c>): an office those of its regions, administrators
/// all; filtered by name, by page.
/// </summary>
public sealed class ListEditableOrganisations(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public const int PageSize = 50;

    public async Task<Result<Page<EditableOrganisationRow>>> RunAsync(string? query, int page, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, DirectoryOperations.Edit))
        {
            return new Outcome.Forbidden();
        }

        var organisations = db.Organisations.AsNoTracking();
        if ((await currentUser.ScopesAsync(cancellationToken)).OfficeRegionsOrAll is { } regions)
        {
            var ids = regions.ToList();
            organisations = organisations.Where(o => o.RegionId != null && ids.Contains(o.RegionId.Value));
        }

        if (!string.IsNullOrWhiteSpace(query) && query.Length <= 200)
        {
            var pattern = "%" + query.Trim().ToLowerInvariant() + "%";
            organisations = organisations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
        }

        var total = await organisations.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await organisations.OrderBy(o => o.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new EditableOrganisationRow(o.Id, o.Slug, o.Name, o.Type, o.Region != null ? o.Region.ShortName : null))
            .ToListAsync(cancellationToken);
        return new Page<EditableOrganisationRow>(rows, page, PageSize, total);
    }
}
