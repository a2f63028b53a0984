using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// The documents of a solution: PDFs checked by their bytes and size, added and removed by whoever manages the
/// transfer of the solution's region. Public as soon as the solution is published.
/// </summary>
public sealed class ManageSolutionDocuments(AppDbContext db, TransferGate gate, SolutionForms forms, FileStore files)
{
    public const int MaxNameLength = 200;

    public async Task<FormOutcome<SolutionForm>> AddAsync(int solutionId, IFormFile? upload, string? name, CancellationToken cancellationToken = default) =>
        await ShownAgainAsync(solutionId, await AddDocumentAsync(solutionId, upload, name, cancellationToken), cancellationToken);

    public async Task<FormOutcome<SolutionForm>> RemoveAsync(int solutionId, int documentId, CancellationToken cancellationToken = default) =>
        await ShownAgainAsync(solutionId, await RemoveDocumentAsync(solutionId, documentId, cancellationToken), cancellationToken);

    /// <summary>Unless saved or refused, the entry's form is shown again as stored, with the message.</summary>
    private async Task<FormOutcome<SolutionForm>> ShownAgainAsync(int solutionId, Outcome outcome, CancellationToken cancellationToken) =>
        outcome is Outcome.Saved or Outcome.Forbidden or Outcome.NotFound ? new FormOutcome<SolutionForm>(outcome) : new(outcome, await forms.ExistingAsync(solutionId, null, cancellationToken));

    private async Task<Outcome> AddDocumentAsync(int solutionId, IFormFile? upload, string? name, CancellationToken cancellationToken)
    {
        if (await DeniedAsync(solutionId, cancellationToken) is { } denied)
        {
            return denied;
        }

        name = name?.Trim();
        if (name is { Length: > MaxNameLength })
        {
            return Outcome.Invalid.Of("", TransferTexts.Of("ManageSolutionDocuments.TheNameOfTheDocumentMay", MaxNameLength));
        }

        var (stored, error) = await files.AcceptPdfAsync(upload, cancellationToken);
        if (stored is null)
        {
            return Outcome.Invalid.Of("", error!);
        }

        db.Files.Add(stored);
        var document = new SolutionDocument
        {
            SolutionId = solutionId,
            Name = string.IsNullOrEmpty(name) ? Path.GetFileNameWithoutExtension(stored.FileName) : name,
            StoredFileId = stored.Id,
            FileName = stored.FileName,
            Size = stored.Size,
        };
        db.SolutionDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(document.Id);
    }

    private async Task<Outcome> RemoveDocumentAsync(int solutionId, int documentId, CancellationToken cancellationToken)
    {
        if (await DeniedAsync(solutionId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var document = await db.SolutionDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.SolutionId == solutionId && d.DeletedAt == null, cancellationToken);
        if (document is null)
        {
            return new Outcome.NotFound();
        }

        document.DeletedAt = db.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(document.Id);
    }

    private async Task<Outcome?> DeniedAsync(int solutionId, CancellationToken cancellationToken)
    {
        var regionId = await db.Solutions.Where(s => s.Id == solutionId).Select(s => (int?)s.RegionId).FirstOrDefaultAsync(cancellationToken);
        if (regionId is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(RegionResource.Of(regionId.Value), TransferOperations.Manage) ? null : new Outcome.Forbidden();
    }
}
