using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions.Admin;

public sealed class EditModel(ManageRegions manage) : BackOfficePageModel
{
    [BindProperty]
    public RegionInput Input { get; set; } = new();

    public RegionFormOptions Options { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public string RegionSlug { get; private set; } = "";

    /// <summary>Participants the form does not edit, named so that nobody wonders where they went.</summary>
    public IReadOnlyList<string> OtherParticipants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await manage.OpenAsync(id, cancellationToken), form =>
        {
            Use(form);
            Input = form.Input!;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await manage.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = RegionsTexts.Of("Admin.Edit.TheRegionHasBeenSaved").Stored;
            return Redirect($"/verwaltung/regionen/{id}");
        }

        if (result.Form is { } form)
        {
            Use(form);
        }

        return this.Show(result.Outcome);
    }

    private void Use(RegionForm form) =>
        (Options, RegionName, RegionSlug, OtherParticipants) = (form.Options, form.Name, form.Slug, form.OtherParticipants);
}
