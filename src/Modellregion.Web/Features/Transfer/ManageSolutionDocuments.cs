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
public sealed class ManageSolutionDocuments(AppDbContext db, CurrentUser currentUser, FileStore files)
{
    public const int MaxNameLength = 200;

    public async Task<Outcome> AddAsync(int solutionId, IFormFile? upload, string? name, CancellationToken cancellationToken = default)
    {
        if (await DeniedAsync(solutionId, cancellationToken) is { } denied)
        {
            return denied;
        }

        name = name?.Trim();
        if (name is { Length: > MaxNameLength })
        {
            return Outcome.Invalid.Of("", $"Die Bezeichnung des Dokuments darf höchstens {MaxNameLength} Zeichen lang sein.");
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

    public async Task<Outcome> RemoveAsync(int solutionId, int documentId, CancellationToken cancellationToken = default)
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

        return (await currentUser.PermissionsAsync(cancellationToken)).CanManageTransfer(regionId.Value) ? null : new Outcome.Forbidden();
    }
}
