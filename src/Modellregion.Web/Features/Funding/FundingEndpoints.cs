using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Funding;

/// <summary>Downloads of the back office: documents of grant decisions and proofs, and the exports for the granting authority.</summary>
public static class FundingEndpoints
{
    public static IEndpointRouteBuilder MapFundingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/verwaltung").RequireAuthorization().ExcludeFromDescription();

        group.MapGet("/dateien/{id:guid}", async (Guid id, AppDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        {
            // A document is shown to whoever may see the project it belongs to.
            var projectId = await db.GrantDecisions.Where(g => g.DocumentId == id).Select(g => (int?)g.ProjectId).FirstOrDefaultAsync(cancellationToken)
                ?? await db.Proofs.Where(p => p.Attachments.Any(a => a.FileId == id)).Select(p => (int?)p.ProjectId).FirstOrDefaultAsync(cancellationToken);
            if (projectId is null)
            {
                return Results.NotFound();
            }

            var regionId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.RegionId).FirstAsync(cancellationToken);
            if (!(await user.PermissionsAsync(cancellationToken)).CanViewProject(regionId, projectId.Value))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var file = await db.Files.AsNoTracking().FirstAsync(f => f.Id == id, cancellationToken);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });

        group.MapGet("/export/{table}.{format}", async (string table, string format, string? region, AppDbContext db, CurrentUser user, Exports exports, CancellationToken cancellationToken) =>
        {
            var permissions = await user.PermissionsAsync(cancellationToken);
            if (!permissions.SeesFunding)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            if (table is not ("portfolio" or "mittelabrufe") || format is not ("xlsx" or "csv"))
            {
                return Results.NotFound();
            }

            var regions = permissions.FundingRegions;
            if (!string.IsNullOrWhiteSpace(region))
            {
                var regionId = await db.Regions.Where(r => r.Slug == region).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
                if (regionId is null)
                {
                    return Results.NotFound();
                }

                if (regions is not null && !regions.Contains(regionId.Value))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                regions = [regionId.Value];
            }

            var data = table == "portfolio" ? await exports.PortfolioAsync(regions, cancellationToken) : await exports.FundRequestsAsync(regions, cancellationToken);
            var name = $"{table}-{DateTime.UtcNow:yyyy-MM-dd}.{format}";
            return format == "xlsx"
                ? Results.File(Exports.ToXlsx(data), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
                : Results.File(Exports.ToCsv(data), "text/csv; charset=utf-8", name);
        });

        return endpoints;
    }
}
