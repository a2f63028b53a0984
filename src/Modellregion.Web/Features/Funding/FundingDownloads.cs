using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>A file to send: its content, type and name.</summary>
public sealed record Download(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The downloads of the back office: documents of grant decisions and proofs (for whoever may see the project's
/// funding, <see cref="FundingOperations.View"/>) and the exports for the granting authority
/// (<see cref="FundingOperations.ViewFigures"/>, for all regions the person sees or one of them).
/// </summary>
public sealed class FundingDownloads(AppDbContext db, CurrentUser currentUser, ProjectAccess access, Exports exports)
{
    public async Task<Result<Download>> DocumentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var projectId = await db.GrantDecisions.Where(g => g.DocumentId == id).Select(g => (int?)g.ProjectId).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Proofs.Where(p => p.Attachments.Any(a => a.FileId == id)).Select(p => (int?)p.ProjectId).FirstOrDefaultAsync(cancellationToken);
        if (projectId is null)
        {
            return new Outcome.NotFound();
        }

        if (await access.CheckAsync(projectId.Value, FundingOperations.View, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var file = await db.Files.AsNoTracking().FirstAsync(f => f.Id == id, cancellationToken);
        return new Download(file.Content, file.ContentType, file.FileName);
    }

    /// <param name="table"><c>portfolio</c> or <c>mittelabrufe</c>.</param>
    /// <param name="format"><c>xlsx</c> or <c>csv</c>.</param>
    /// <param name="region">The slug of one region, or null for every region the person sees.</param>
    public async Task<Result<Download>> ExportAsync(string table, string format, string? region, CancellationToken cancellationToken = default)
    {
        if (!await access.AllowsAsync(RegionResource.Any, FundingOperations.ViewFigures))
        {
            return new Outcome.Forbidden();
        }

        if (table is not ("portfolio" or "mittelabrufe") || format is not ("xlsx" or "csv"))
        {
            return new Outcome.NotFound();
        }

        var regions = FundingOperations.Regions(await currentUser.ScopesAsync(cancellationToken));
        if (!string.IsNullOrWhiteSpace(region))
        {
            var regionId = await db.Regions.Where(r => r.Slug == region).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (regionId is null)
            {
                return new Outcome.NotFound();
            }

            if (!await access.AllowsAsync(RegionResource.Of(regionId.Value), FundingOperations.ViewFigures))
            {
                return new Outcome.Forbidden();
            }

            regions = [regionId.Value];
        }

        var data = table == "portfolio" ? await exports.PortfolioAsync(regions, cancellationToken) : await exports.FundRequestsAsync(regions, cancellationToken);
        var name = $"{table}-{DateTime.UtcNow:yyyy-MM-dd}.{format}";
        return format == "xlsx"
            ? new Download(Exports.ToXlsx(data), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            : new Download(Exports.ToCsv(data), "text/csv; charset=utf-8", name);
    }
}
