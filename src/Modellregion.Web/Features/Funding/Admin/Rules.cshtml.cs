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

    public Programme Programme { get; private set; } = null!;

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
            return Redirect("/verwaltung/programm");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        var programme = await db.Programmes.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        return null;
    }
}
