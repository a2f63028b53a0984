using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Privacy;

public sealed class PersonalDataInput
{
    [Required(ErrorMessage = "Requests.InvalidEmail")]
    [StringLength(254, ErrorMessage = "Requests.InvalidEmail")]
    [Display(Name = "Requests.Email")]
    public string? Email { get; set; }

    [Display(Name = "Requests.ConfirmErase")]
    public bool ConfirmErase { get; set; }
}

/// <summary>Access and erasure on request across the installation: what is stored for one e-mail address, as a download, and erased.</summary>
public sealed class PersonalDataModel(PersonalDataRequests requests) : BackOfficePageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty]
    public PersonalDataInput Input { get; set; } = new();

    public PersonReport? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        this.Show(await requests.OpenAsync(), _ => Page());

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken) =>
        await FindAsync(found =>
        {
            Found = found;
            return Page();
        }, cancellationToken);

    /// <summary>The report as JSON, every label in the interface language, every time as stored (UTC).</summary>
    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken) =>
        await FindAsync(found =>
        {
            var services = HttpContext.RequestServices;
            var document = new
            {
                email = found.Email,
                createdAt = DateTime.UtcNow,
                sections = found.Sections.Select(s => new
                {
                    area = s.Area.Localize(services),
                    records = s.Records.Select(r => new
                    {
                        kind = r.Kind.Localize(services),
                        title = r.Title,
                        fields = r.Fields.Select(f => new { label = f.Label.Localize(services), value = f.Value }),
                    }),
                }),
            };
            return File(JsonSerializer.SerializeToUtf8Bytes(document, Json), "application/json", "auskunft-personenbezogene-daten.json");
        }, cancellationToken);

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        var outcome = await requests.EraseAsync(Input.Email, Input.ConfirmErase, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = PrivacyTexts.Of("Requests.Erased", saved.Id).Stored;
            return Redirect(PersonalDataRequests.Path);
        }

        if (outcome is Outcome.Invalid)
        {
            // The form again with what is still stored, so the person can confirm and erase.
            var found = await requests.FindAsync(Input.Email, cancellationToken);
            Found = found.Value;
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult> FindAsync(Func<PersonReport, IActionResult> found, CancellationToken cancellationToken)
    {
        var result = await requests.FindAsync(Input.Email, cancellationToken);
        return result.TryGet(out var report, out var refusal) ? found(report) : this.Show(refusal);
    }
}
