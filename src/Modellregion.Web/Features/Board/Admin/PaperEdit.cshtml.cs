using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Board.Admin;

[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class PaperEditModel(AppDbContext db, BoardQueries queries, ManagePapers papers, FileStore files) : BackOfficePageModel
{
    public PaperInput Input { get; private set; } = new();
    public PaperPage Paper { get; private set; } = null!;
    public PaperFormOptions Options { get; private set; } = null!;
    public long MaxMegabytes => files.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostSaveAsync(int id, [Bind(Prefix = "Input")] PaperInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = input;
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        return Done(await papers.UpdateAsync(id, input, cancellationToken), id, "Die Vorlage wurde gespeichert.");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, string? fileTitle, bool isMain, bool filePublic, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        return Done(await papers.AddFileAsync(id, upload, fileTitle, isMain, filePublic, cancellationToken), id, "Die Datei wurde hochgeladen.");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        return Done(await papers.RemoveFileAsync(id, fileId, cancellationToken), id, "Die Datei wurde entfernt.");
    }

    private IActionResult Done(Outcome outcome, int id, string notice)
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/digitalboard/vorlagen/{id}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var paper = await queries.PaperAsync(id, includeInternal: true, cancellationToken);
        if (paper is null)
        {
            return NotFound();
        }

        if (!(await PermissionsAsync()).CanManageBoard(paper.RegionId))
        {
            return Forbid();
        }

        Paper = paper;
        Input = PaperInput.From(await db.Papers.AsNoTracking().FirstAsync(p => p.Id == id, cancellationToken));
        Options = await PaperFormOptions.LoadAsync(db, paper.RegionId, cancellationToken);
        return null;
    }
}
