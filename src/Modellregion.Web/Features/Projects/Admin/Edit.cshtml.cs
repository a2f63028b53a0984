using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class EditModel(SaveProject save) : BackOfficePageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public ProjectFormOptions Options { get; private set; } = null!;
    public Project Project { get; private set; } = null!;
    public ProjectTabs Tabs { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        this.Show(await save.OpenAsync(id, cancellationToken), form =>
        {
            Take(form);
            Input = ProjectInput.From(Project);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = ProjectsTexts.Of("Admin.Edit.TheChangesHaveBeenSaved").Stored;
            return Redirect($"/verwaltung/projekte/{id}/bearbeiten");
        }

        if (result.Form is { } form)
        {
            Take(form);
        }

        return this.Show(result.Outcome);
    }

    private void Take(ProjectForm form) => (Options, Project, Tabs) = (form.Options, form.Project!, form.Tabs!);
}
