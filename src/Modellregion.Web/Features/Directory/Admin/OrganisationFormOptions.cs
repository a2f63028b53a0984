using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed record OrganisationFormOptions(IReadOnlyList<SelectListItem> Types, IReadOnlyList<SelectListItem> Regions, IReadOnlyList<SelectListItem> ApplicantTypes)
{
    /// <summary>The choices of the form; of the regions those <paramref name="mayEditIn"/> allows.</summary>
    public static async Task<OrganisationFormOptions> LoadAsync(AppDbContext db, Func<int, bool> mayEditIn, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return new OrganisationFormOptions(
            [.. OrganisationTypes.All.Select(t => new SelectListItem(t.Label, ((int)t.Type).ToString(CultureInfo.InvariantCulture)))],
            [.. regions.Where(r => mayEditIn(r.Id)).Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))],
            [.. Funding.ApplicantTypes.All.Select(t => new SelectListItem(t.Label, ((int)t.Type).ToString(CultureInfo.InvariantCulture)))]);
    }
}
