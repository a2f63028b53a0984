using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions.Admin;

public sealed class EditModel(AppDbContext db, ManageRegions manage) : BackOfficePageModel
{
    [BindProperty]
    public RegionInput Input { get; set; } = new();

    public RegionFormOptions Options { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public string RegionSlug { get; private set; } = "";

    /// <summary>Participants the form does not edit, named so that nobody wonders where they went.</summary>
    public IReadOnlyList<string> OtherParticipants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = await manage.InputOfAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var result = await manage.UpdateAsync(id, Input, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = "Die Region wurde gespeichert.";
            return Redirect($"/verwaltung/regionen/{id}");
        }

        Options = await RegionFormOptions.LoadAsync(db, result.Candidates, cancellationToken);
        return this.Show(result.Outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        var region = await db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Name, r.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return NotFound();
        }

        (RegionName, RegionSlug) = (region.Name, region.Slug);
        Options = await RegionFormOptions.LoadAsync(db, null, cancellationToken);
        var others = await db.RegionParticipations.AsNoTracking()
            .Where(p => p.RegionId == id && p.Role != RegionRole.LeadMunicipality && p.Role != RegionRole.GrantingAuthority
                && !(p.Role == RegionRole.CooperationPartner && p.Organisation!.MunicipalityAgs != null))
            .OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
            .Select(p => new { p.Organisation!.Name, p.Role })
            .ToListAsync(cancellationToken);
        OtherParticipants = [.. others.Select(p => $"{p.Name} ({RegionRoles.Label(p.Role)})")];
        return null;
    }
}
