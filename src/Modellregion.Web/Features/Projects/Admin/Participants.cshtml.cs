using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects.Admin;

public sealed class ParticipantsModel(AppDbContext db, ProjectAccess access, ManageParticipants manage) : BackOfficePageModel
{
    public Project Project { get; private set; } = null!;
    public ProjectTabs Tabs { get; private set; } = null!;
    public IReadOnlyList<ProjectPartner> Partners { get; private set; } = [];
    public IReadOnlyList<ProjectMunicipality> Places { get; private set; } = [];
    public IReadOnlyList<Organisation> Found { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "suche")]
    public string? Search { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!string.IsNullOrWhiteSpace(Search) && Search.Trim().Length is >= 2 and <= 100)
        {
            var pattern = "%" + Search.Trim().ToLowerInvariant() + "%";
            Found = await db.Organisations.AsNoTracking()
                .Where(o => EF.Functions.Like(o.Name.ToLower(), pattern))
                .OrderBy(o => o.Name).Take(20).ToListAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddPartnerAsync(int id, int organisationId, PartnerRole role, string? note, CancellationToken cancellationToken) =>
        await Finish(id, await manage.AddPartnerAsync(id, organisationId, role, note, cancellationToken), ProjectsTexts.Of("Admin.Participants.TheParticipantHasBeenAdded").Stored, cancellationToken);

    public async Task<IActionResult> OnPostRemovePartnerAsync(int id, int partnerId, CancellationToken cancellationToken) =>
        await Finish(id, await manage.RemovePartnerAsync(id, partnerId, cancellationToken), ProjectsTexts.Of("Admin.Participants.TheParticipantHasBeenRemoved").Stored, cancellationToken);

    public async Task<IActionResult> OnPostAddPlaceAsync(int id, string? place, CancellationToken cancellationToken) =>
        await Finish(id, await manage.AddPlaceAsync(id, place, cancellationToken), ProjectsTexts.Of("Admin.Participants.TheLocationHasBeenAdded").Stored, cancellationToken);

    public async Task<IActionResult> OnPostRemovePlaceAsync(int id, string ags, CancellationToken cancellationToken) =>
        await Finish(id, await manage.RemovePlaceAsync(id, ags, cancellationToken), ProjectsTexts.Of("Admin.Participants.TheLocationHasBeenRemoved").Stored, cancellationToken);

    private async Task<IActionResult> Finish(int id, Outcome outcome, string notice, CancellationToken cancellationToken)
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/projekte/{id}/beteiligte");
        }

        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        return this.Show(outcome, prefix: "");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var result = await access.OpenPageAsync(
            id,
            ProjectsOperations.Edit,
            "beteiligte",
            q => q.Include(p => p.Partners).ThenInclude(p => p.Organisation).Include(p => p.Municipalities).ThenInclude(m => m.Municipality).AsSplitQuery(),
            cancellationToken);
        if (!result.TryGet(out var page, out var refusal))
        {
            return this.Show(refusal);
        }

        (Project, Tabs) = (page.Project, page.Tabs);
        Partners = [.. Project.Partners.OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)];
        Places = [.. Project.Municipalities.OrderBy(m => m.Municipality!.Name)];
        return null;
    }
}
