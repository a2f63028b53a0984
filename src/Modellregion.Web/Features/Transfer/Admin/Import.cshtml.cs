using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Features.Transfer.PublicCode;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

[RequestSizeLimit(2 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * 1024 * 1024, ValueLengthLimit = 2 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, PublicCodeImport import) : BackOfficePageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public int? SolutionId { get; set; }
    [BindProperty] public int? RegionId { get; set; }

    public IReadOnlyList<YamlProblem> Problems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Solutions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "loesung")] int? solutionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        SolutionId = solutionId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var text = Text;
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > PublicCodeImport.MaxBytes)
            {
                return Problem(0, $"Die Datei ist zu groß; erlaubt sind höchstens {PublicCodeImport.MaxBytes / 1024} KB.");
            }

            using var reader = new StreamReader(file.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (System.Text.DecoderFallbackException)
            {
                return Problem(0, "Die Datei ist nicht UTF-8-kodiert; publiccode.yml muss UTF-8 sein.");
            }
        }

        var result = await import.RunAsync(text, SolutionId, RegionId, TransferFeature.SiteUrl(Request), cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = "Die publiccode.yml wurde übernommen." + (result.Notes.Count == 0 ? "" : " " + string.Join(" ", result.Notes));
            return Redirect($"/verwaltung/transfer/loesungen/{saved.Id.ToString(CultureInfo.InvariantCulture)}/bearbeiten");
        }

        if (result.Outcome is Outcome.Forbidden)
        {
            return Forbid();
        }

        Problems = result.Problems;
        if (result.Outcome is Outcome.Conflict conflict)
        {
            return Problem(0, conflict.Message, StatusCodes.Status409Conflict);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private PageResult Problem(int line, string message, int status = StatusCodes.Status400BadRequest)
    {
        Problems = [new YamlProblem(line, message)];
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanManageAnyTransfer)
        {
            return false;
        }

        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        Regions = [.. regions.Where(r => permissions.CanManageTransfer(r.Id)).Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))];
        var solutions = await db.Solutions.AsNoTracking().Where(s => s.Kind == SolutionKind.Software && !s.IsSynthetic)
            .OrderBy(s => s.Title).Select(s => new { s.Id, s.Title, s.RegionId }).ToListAsync(cancellationToken);
        Solutions = [.. solutions.Where(s => permissions.CanManageTransfer(s.RegionId)).Select(s => new SelectListItem(s.Title, s.Id.ToString(CultureInfo.InvariantCulture)))];
        return true;
    }
}
