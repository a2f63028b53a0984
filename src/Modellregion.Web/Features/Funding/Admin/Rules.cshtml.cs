using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class RulesModel(AppDbContext db, ProgrammeRulesEditor editor) : BackOfficePageModel
{
    [BindProperty]
    public RulesInput Input { get; set; } = new();

    /// <summary>The programme whose rules are shown (its slug); the first one when none is given.</summary>
    [FromQuery(Name = "programm")]
    public string? ProgrammeSlug { get; set; }

    public Programme Programme { get; private set; } = null!;

    /// <summary>All programmes, to choose the one to edit (each has its own rules).</summary>
    public IReadOnlyList<(string Slug, string Name)> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = RulesInput.From(Programme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await editor.SaveAsync(Programme.Id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Regeln wurden gespeichert.";
            return Redirect($"/verwaltung/programm?programm={Uri.EscapeDataString(Programme.Slug)}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        var programmes = db.Programmes.AsNoTracking().OrderBy(p => p.Id);
        var programme = ProgrammeSlug is null
            ? await programmes.FirstOrDefaultAsync(cancellationToken)
            : await programmes.FirstOrDefaultAsync(p => p.Slug == ProgrammeSlug, cancellationToken);
        if (programme is null)
        {
            // Without any programme yet, the list says how to set one up.
            return ProgrammeSlug is null ? Redirect("/verwaltung/programme") : NotFound();
        }

        Programme = programme;
        Programmes = [.. (await programmes.Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Slug, p.Name))];
        return null;
    }
}
