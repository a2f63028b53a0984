using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Funding;

/// <summary>Downloads of the back office: documents of grant decisions and proofs, and the exports for the granting authority.</summary>
public static class FundingEndpoints
{
    public static IEndpointRouteBuilder MapFundingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/verwaltung").RequireAuthorization().ExcludeFromDescription();

        group.MapGet("/dateien/{id:guid}", async (Guid id, FundingDownloads downloads, HttpContext context, CancellationToken cancellationToken) =>
            Send(await downloads.DocumentAsync(id, cancellationToken), context));

        group.MapGet("/export/{table}.{format}", async (string table, string format, string? region, FundingDownloads downloads, HttpContext context, CancellationToken cancellationToken) =>
            Send(await downloads.ExportAsync(table, format, region, cancellationToken), context));

        return endpoints;
    }

    private static IResult Send(Result<Download> result, HttpContext context) =>
        result.TryGet(out var file, out var refusal)
            ? FileDownload.Attachment(file.Content, file.ContentType, file.FileName)
            : refusal.ToHttpResult(context, _ => throw new InvalidOperationException("Ein Download wird nie gespeichert."));
}
