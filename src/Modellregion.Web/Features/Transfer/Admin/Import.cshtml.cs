using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Features.Transfer.PublicCode;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

[RequestSizeLimit(2 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * 1024 * 1024, ValueLengthLimit = 2 * 1024 * 1024)]
public sealed class ImportModel(PublicCodeImport import) : BackOfficePageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public int? SolutionId { get; set; }
    [BindProperty] public int? RegionId { get; set; }

    public IReadOnlyList<YamlProblem> Problems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Solutions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "loesung")] int? solutionId, CancellationToken cancellationToken) =>
        this.Show(await import.OpenAsync(cancellationToken), form =>
        {
            (Solutions, Regions) = (form.Solutions, form.Regions);
            SolutionId = solutionId;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await import.RunAsync(Text, Upload, SolutionId, RegionId, TransferFeature.SiteUrl(Request), cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = "Die publiccode.yml wurde übernommen." + (result.Notes.Count == 0 ? "" : " " + string.Join(" ", result.Notes));
            return Redirect($"/verwaltung/transfer/loesungen/{saved.Id.ToString(CultureInfo.InvariantCulture)}/bearbeiten");
        }

        if (result.Form is not { } form)
        {
            return this.Show(result.Outcome);
        }

        (Solutions, Regions, Problems) = (form.Solutions, form.Regions, result.Problems);
        if (result.Outcome is Outcome.Conflict conflict)
        {
            Problems = [new YamlProblem(0, conflict.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
