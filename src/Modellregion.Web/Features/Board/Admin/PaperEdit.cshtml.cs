using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Board.Admin;

[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class PaperEditModel(ManagePapers papers, FileStore files) : BackOfficePageModel
{
    public PaperInput Input { get; private set; } = new();
    public PaperPage Paper { get; private set; } = null!;
    public PaperFormOptions Options { get; private set; } = null!;
    public long MaxMegabytes => files.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await papers.OpenAsync(id, cancellationToken), form =>
        {
            Apply(form);
            return Page();
        });

    public async Task<IActionResult> OnPostSaveAsync(int id, [Bind(Prefix = "Input")] PaperInput input, CancellationToken cancellationToken) =>
        Done(await papers.UpdateAsync(id, input, ModelState.IsValid, cancellationToken), id, BoardTexts.Of("Admin.PaperEdit.ThePaperHasBeenSaved").Stored, input);

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, string? fileTitle, bool isMain, bool filePublic, CancellationToken cancellationToken) =>
        Done(await papers.AddFileAsync(id, upload, fileTitle, isMain, filePublic, cancellationToken), id, BoardTexts.Of("Admin.PaperEdit.TheFileHasBeenUploaded").Stored);

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId, CancellationToken cancellationToken) =>
        Done(await papers.RemoveFileAsync(id, fileId, cancellationToken), id, BoardTexts.Of("Admin.PaperEdit.TheFileHasBeenRemoved").Stored);

    private IActionResult Done(FormOutcome<PaperForm> result, int id, string notice, PaperInput? shown = null)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/digitalboard/vorlagen/{id}");
        }

        if (result.Form is { } form)
        {
            Apply(form);
            Input = shown ?? Input;
        }

        return this.Show(result.Outcome);
    }

    private void Apply(PaperForm form) => (Paper, Input, Options) = (form.Paper!, form.Input!, form.Options);
}
