using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class EditSolutionModel(SolutionForms forms, SaveSolution save, ManageSolutionDocuments documents, Platform.Files.FileStore files) : BackOfficePageModel
{
    [BindProperty]
    public SolutionInput Input { get; set; } = new();

    public SolutionFormOptions Options { get; private set; } = null!;
    public Solution Solution { get; private set; } = null!;
    public IReadOnlyList<SolutionDocument> Documents { get; private set; } = [];
    public long MaxMegabytes => files.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await forms.OpenAsync(id, cancellationToken), form =>
        {
            Apply(form);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = TransferTexts.Of("Admin.EditSolution.TheChangesHaveBeenSaved").Stored;
            return Redirect($"/verwaltung/transfer/loesungen/{id}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            Apply(form);
        }

        return this.Show(result.Outcome);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, string? documentName, CancellationToken cancellationToken) =>
        Done(await documents.AddAsync(id, upload, documentName, cancellationToken), id, TransferTexts.Of("Admin.EditSolution.TheDocumentHasBeenUploaded").Stored);

    public async Task<IActionResult> OnPostRemoveDocumentAsync(int id, int documentId, CancellationToken cancellationToken) =>
        Done(await documents.RemoveAsync(id, documentId, cancellationToken), id, TransferTexts.Of("Admin.EditSolution.TheDocumentHasBeenRemoved").Stored);

    private IActionResult Done(FormOutcome<SolutionForm> result, int id, string notice)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/transfer/loesungen/{id}/bearbeiten#dokumente");
        }

        if (result.Form is { } form)
        {
            Apply(form);
        }

        return this.Show(result.Outcome);
    }

    private void Apply(SolutionForm form) => (Options, Input, Solution, Documents) = (form.Options, form.Input, form.Solution!, form.Documents);
}
