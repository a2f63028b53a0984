using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class OverviewModel(ChangeProjectStage stages, SetAdministration administration, MoneyOverview money) : ProjectFundingPageModel
{
    protected override string Tab => "foerderung";

    [BindProperty]
    public StageInput Input { get; set; } = new();

    public MoneyFigures Money { get; private set; } = MoneyFigures.Unknown;
    public IReadOnlyList<MoneyPoint> Timeline { get; private set; } = [];
    public IReadOnlyList<StageTransition> NextSteps { get; private set; } = [];
    public IReadOnlyList<StatusChange> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if ((await LoadAsync(id) ?? Unless(Access.Actors != StageActors.None)) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await stages.RunAsync(id, Input, HttpContext.RequestAborted);
        if (outcome is Outcome.Saved)
        {
            Notice = FundingTexts.Of("Admin.Overview.TheStepHasBeenRecorded").Stored;
            return Redirect($"/verwaltung/projekte/{id}/foerderung");
        }

        return this.Show(outcome);
    }

    /// <summary>The project office takes the project into the funding administration, or back out of it.</summary>
    public async Task<IActionResult> OnPostAdministrationAsync(int id, bool administered, int version)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var outcome = await administration.RunAsync(id, administered, version, HttpContext.RequestAborted);
        if (outcome is Outcome.Saved)
        {
            Notice = administered
                ? FundingTexts.Of("Admin.Overview.TheProjectIsNowAdministeredIn").Stored
                : FundingTexts.Of("Admin.Overview.TheProjectIsNoLongerAdministered").Stored;
            return Redirect($"/verwaltung/projekte/{id}/foerderung");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadProjectAsync(id, q => q.Include(p => p.StatusChanges)) is { } denied)
        {
            return denied;
        }

        NextSteps = [.. LifecycleRules.From(Project.Status).Where(t => (t.Actors & Access.Actors) != StageActors.None)];
        Steps = [.. Project.StatusChanges.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id)];
        Money = await money.ForProjectAsync(id, HttpContext.RequestAborted);
        Timeline = await money.TimelineAsync(id, null, Formatting.BerlinDate(Db.UtcNow), HttpContext.RequestAborted);
        if (Input.Version == 0)
        {
            Input.Version = Project.Version;
        }

        return null;
    }
}
