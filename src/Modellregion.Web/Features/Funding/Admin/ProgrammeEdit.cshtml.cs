using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class ProgrammeEditModel(AppDbContext db, ManageProgrammes manage) : BackOfficePageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public Programme Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = ProgrammeInput.From(Programme);
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

        var outcome = await manage.UpdateAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Das Förderprogramm wurde gespeichert.";
            return Redirect($"/verwaltung/programme/{id}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).IsAdministrator)
        {
            return Forbid();
        }

        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        return null;
    }
}
