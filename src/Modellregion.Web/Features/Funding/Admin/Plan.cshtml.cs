using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class PlanModel(SaveFinancingPlan save) : ProjectFundingPageModel
{
    public const int EmptyRows = 3;

    protected override string Tab => "finanzierungsplan";

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public bool CanEditPlan { get; private set; }
    public decimal? Cap { get; private set; }
    public string? ApplicantTypeLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        Input = PlanInput.From(Project);
        AddEmptyRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool moreRows = false)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (moreRows)
        {
            ModelState.Clear();
            AddEmptyRows();
            return Page();
        }

        if (!ModelState.IsValid)
        {
            AddEmptyRows();
            return this.Invalid();
        }

        var outcome = await save.RunAsync(id, Input, HttpContext.RequestAborted);
        if (outcome is Outcome.Saved)
        {
            Notice = FundingTexts.Of("Admin.Plan.TheFinancingPlanHasBeenSaved").Stored;
            return Redirect($"/verwaltung/projekte/{id}/finanzierungsplan");
        }

        AddEmptyRows();
        return this.Show(outcome);
    }

    private void AddEmptyRows()
    {
        for (var i = 0; i < EmptyRows; i++)
        {
            Input.Lines.Add(new PlanLineInput());
        }
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadProjectAsync(id) is { } denied)
        {
            return denied;
        }

        CanEditPlan = Access.MayEditPlan && !ProjectStatuses.IsExit(Project.Status) && Project.Status is not (ProjectStatus.Closed or ProjectStatus.Audited or ProjectStatus.FinalProofSubmitted);
        if (ApplicantTypes.RecipientOf(Project) is { } lead)
        {
            var type = ApplicantTypes.Of(lead);
            ApplicantTypeLabel = $"{ApplicantTypes.Label(type)} ({lead.Name})";
            Cap = (Project.Programme?.Rules ?? new FundingRules()).MaxRateFor(type);
        }

        return null;
    }
}
