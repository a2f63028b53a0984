using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory.Admin;

public sealed class EditModel(SaveOrganisation save) : BackOfficePageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public OrganisationFormOptions Options { get; private set; } = null!;
    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await save.OpenAsync(id, cancellationToken), form =>
        {
            (Options, Organisation) = (form.Options, form.Organisation!);
            Input = OrganisationInput.From(Organisation);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = DirectoryTexts.Of("Admin.Edit.TheChangesHaveBeenSaved").Stored;
            return Redirect("/verwaltung/akteure");
        }

        if (result.Form is { } form)
        {
            (Options, Organisation) = (form.Options, form.Organisation!);
        }

        return this.Show(result.Outcome);
    }
}
