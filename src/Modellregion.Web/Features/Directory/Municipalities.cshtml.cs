using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory;

public sealed class MunicipalitiesModel(AppDbContext db, InvolvedMunicipalities involved) : PageModel
{
    [FromQuery(Name = "programm")] public string? Programme { get; set; }
    [FromQuery(Name = "seite")] public string? PageNumber { get; set; }

    public Page<InvolvedMunicipality> Result { get; private set; } = null!;
    public IReadOnlyList<Option> Programmes { get; private set; } = [];
    public string? ProgrammeName { get; private set; }
    public string? UnknownProgramme { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken);
        Programmes = [.. programmes.Select(p => new Option(p.Slug, p.Name))];
        var programme = string.IsNullOrWhiteSpace(Programme) ? null : programmes.FirstOrDefault(p => p.Slug == Programme.Trim());
        if (programme is null && !string.IsNullOrWhiteSpace(Programme))
        {
            UnknownProgramme = Programme.Trim().Length > 60 ? Programme.Trim()[..60] + "…" : Programme.Trim();
        }

        Programme = programme?.Slug;
        ProgrammeName = programme?.Name;
        var number = int.TryParse(PageNumber, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        Result = await involved.PageAsync(programme?.Id, number, cancellationToken);
    }

    public string Link(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/kommunen", new Dictionary<string, string?>
        {
            ["programm"] = Programme,
            ["seite"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(q => q.Value is not null)!);
}
