using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class EditSolutionModel(AppDbContext db, SaveSolution save, ManageSolutionDocuments documents, Platform.Files.FileStore files) : BackOfficePageModel
{
    [BindProperty]
    public SolutionInput Input { get; set; } = new();

    public SolutionFormOptions Options { get; private set; } = null!;
    public Solution Solution { get; private set; } = null!;
    public IReadOnlyList<SolutionDocument> Documents { get; private set; } = [];
    public long MaxMegabytes => files.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = SolutionInput.From(Solution);
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

        var outcome = await save.UpdateAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Änderungen wurden gespeichert.";
            return Redirect($"/verwaltung/transfer/loesungen/{id}/bearbeiten");
        }

        return this.Show(outcome);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, string? documentName, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = SolutionInput.From(Solution);
        return Done(await documents.AddAsync(id, upload, documentName, cancellationToken), id, "Das Dokument wurde hochgeladen.");
    }

    public async Task<IActionResult> OnPostRemoveDocumentAsync(int id, int documentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = SolutionInput.From(Solution);
        return Done(await documents.RemoveAsync(id, documentId, cancellationToken), id, "Das Dokument wurde entfernt.");
    }

    private IActionResult Done(Outcome outcome, int id, string notice)
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/transfer/loesungen/{id}/bearbeiten#dokumente");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var solution = await db.Solutions.AsNoTracking().Include(s => s.Topics).Include(s => s.Projects).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (solution is null)
        {
            return NotFound();
        }

        var permissions = await PermissionsAsync();
        if (!permissions.CanManageTransfer(solution.RegionId))
        {
            return Forbid();
        }

        Solution = solution;
        Documents = await db.SolutionDocuments.AsNoTracking().Where(d => d.SolutionId == id && d.DeletedAt == null).OrderBy(d => d.Name).ToListAsync(cancellationToken);
        Options = await SolutionFormOptions.LoadAsync(db, permissions, solution.RegionId, [.. solution.Projects.Select(p => p.ProjectId)], cancellationToken);
        return null;
    }
}
