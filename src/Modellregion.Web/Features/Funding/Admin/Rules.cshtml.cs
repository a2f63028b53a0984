using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class RulesModel(ProgrammeRulesEditor editor) : BackOfficePageModel
{
    [BindProperty]
    public RulesInput Input { get; set; } = new();

    /// <summary>The programme whose rules are shown (its slug); the first one when none is given.</summary>
    [FromQuery(Name = "programm")]
    public string? ProgrammeSlug { get; set; }

    public Programme Programme { get; private set; } = null!;

    /// <summary>All programmes, to choose the one to edit (each has its own rules).</summary>
    public IReadOnlyList<(string Slug, string Name)> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await editor.OpenAsync(ProgrammeSlug, cancellationToken), form =>
        {
            if (form.Programme is null)
            {
                // Without any programme yet, the list says how to set one up.
                return Redirect("/verwaltung/programme");
            }

            (Programme, Programmes) = (form.Programme, form.Programmes);
            Input = RulesInput.From(Programme);
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await editor.SaveAsync(ProgrammeSlug, Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            Notice = FundingTexts.Of("Admin.Rules.TheRulesHaveBeenSaved").Stored;
            return Redirect($"/verwaltung/programm?programm={Uri.EscapeDataString(saved.Slug!)}");
        }

        if (result.Form is { Programme: { } programme } form)
        {
            (Programme, Programmes) = (programme, form.Programmes);
        }
        else if (result.Form is not null && ProgrammeSlug is null)
        {
            return Redirect("/verwaltung/programme");
        }

        return this.Show(result.Outcome);
    }
}
