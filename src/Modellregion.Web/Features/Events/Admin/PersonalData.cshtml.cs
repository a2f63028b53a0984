using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class PersonalDataInput
{
    [Required(ErrorMessage = "PersonalData.InvalidEmail")]
    [StringLength(254, ErrorMessage = "PersonalData.InvalidEmail")]
    [Display(Name = "PersonalData.Email")]
    public string? Email { get; set; }

    [Display(Name = "PersonalData.ConfirmErase")]
    public bool ConfirmErase { get; set; }
}

/// <summary>Access and erasure on request: what is stored for one e-mail address, as a download, and erased.</summary>
public sealed class PersonalDataModel(EventPersonalData personalData) : BackOfficePageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty]
    public PersonalDataInput Input { get; set; } = new();

    public PersonData? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        this.Show(await personalData.OpenAsync(), _ => Page());

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken) =>
        await FindAsync(found =>
        {
            Found = found;
            return Page();
        }, cancellationToken);

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken) =>
        await FindAsync(found => File(JsonSerializer.SerializeToUtf8Bytes(found, Json), "application/json", "anmeldungen-auskunft.json"), cancellationToken);

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!Input.ConfirmErase)
        {
            ModelState.AddModelError("Input.ConfirmErase", EventsTexts.Of("PersonalData.ConfirmEraseRequired").Localize(HttpContext.RequestServices));
            return await OnPostFindAsync(cancellationToken);
        }

        var outcome = await personalData.EraseAsync(Input.Email, cancellationToken);
        if (outcome is Outcome.Saved saved)
        {
            Notice = EventsTexts.Of("PersonalData.Erased", saved.Id).Stored;
            return Redirect("/verwaltung/veranstaltungen/personendaten");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult> FindAsync(Func<PersonData, IActionResult> found, CancellationToken cancellationToken)
    {
        var result = await personalData.FindAsync(Input.Email, cancellationToken);
        return result.TryGet(out var data, out var refusal) ? found(data) : this.Show(refusal);
    }
}
