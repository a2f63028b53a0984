using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>Milestones as a table: download, upload with a preview of every change, confirm (<see cref="MilestoneRoundTrip"/>).</summary>
[RequestSizeLimit(16 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 16 * 1024 * 1024, ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class MilestoneSheetModel(MilestoneRoundTrip roundTrip) : BackOfficePageModel
{
    public const string Address = "/verwaltung/projekte/meilensteine-tabelle";

    public IReadOnlyList<RegionChoice> Regions { get; private set; } = [];

    /// <summary>The preview of an upload, when the page shows one.</summary>
    public MilestonePreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowFormAsync(cancellationToken) ?? Page();

    /// <param name="format"><c>xlsx</c> or <c>csv</c>.</param>
    public async Task<IActionResult> OnGetDownloadAsync([FromQuery(Name = "format")] string? format, [FromQuery(Name = "region")] string? region,
        [FromQuery(Name = "status")] string? status, [FromQuery(Name = "q")] string? query, CancellationToken cancellationToken) =>
        this.Show(await roundTrip.DownloadAsync(format ?? "xlsx", region, status, query, cancellationToken), file => File(file.Content, file.ContentType, file.FileName));

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await ShowFormAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (upload is null)
        {
            return this.Show(Outcome.Invalid.Of("Upload", ProjectsTexts.Of("MilestoneSheet.ChooseAFile")), "");
        }

        if (upload.Length > MilestoneSheet.MaxBytes)
        {
            return this.Show(Outcome.Invalid.Of("Upload", ProjectsTexts.Of("MilestoneSheet.FileTooLarge", MilestoneSheet.MaxBytes / 1024 / 1024)), "");
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        return this.Show(await roundTrip.PreviewAsync(buffer.ToArray(), upload.FileName, cancellationToken), preview =>
        {
            Preview = preview;
            return Page();
        });
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var (outcome, applied) = await roundTrip.ApplyAsync(token, cancellationToken);
        if (applied is not null)
        {
            return Redirect(string.Create(CultureInfo.InvariantCulture, $"{Address}/ergebnis?neu={applied.Created}&geaendert={applied.Changed}"));
        }

        return await ShowFormAsync(cancellationToken) ?? this.Show(outcome, "");
    }

    private async Task<IActionResult?> ShowFormAsync(CancellationToken cancellationToken)
    {
        var result = await roundTrip.FormAsync(cancellationToken);
        if (!result.TryGet(out var form, out var refusal))
        {
            return this.Show(refusal);
        }

        Regions = form.Regions;
        return null;
    }
}
