using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

/// <summary>The office prepares a meeting: date and place, the agenda, the invitation, the approval of the minutes.</summary>
public sealed class MeetingModel(
    MeetingOffice office,
    UpdateMeeting update,
    DeleteMeeting delete,
    SaveAgendaItem saveItem,
    DeleteAgendaItem deleteItem,
    ApproveMinutes approveMinutes,
    SendInvitation invitation,
    AddProjectsToAgenda agenda) : BackOfficePageModel
{
    public MeetingPage Meeting { get; private set; } = null!;
    public MeetingInput Input { get; private set; } = new();
    public AgendaItemInput Item { get; private set; } = new() { Number = "" };
    public int? EditingItemId { get; private set; }
    public IReadOnlyList<SelectListItem> Papers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> LaterMeetings { get; private set; } = [];

    /// <summary>Resolutions are recorded once the meeting has begun.</summary>
    public bool HasBegun { get; private set; }

    /// <summary>
    /// Why "Beschluss erfassen" is not offered (the rules of <see cref="RecordResolution"/>): each as a text with its
    /// values. Empty when resolutions may be recorded.
    /// </summary>
    public IReadOnlyList<(string Text, object[] Arguments)> ResolutionBlockers { get; private set; } = [];

    /// <summary>The region's project ideas that are on no agenda yet.</summary>
    public IReadOnlyList<AgendaCandidate> Candidates { get; private set; } = [];

    /// <summary>The ideas ticked in the last post (shown again when it was refused).</summary>
    public AgendaProjectsInput Projects { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? top, CancellationToken cancellationToken) =>
        this.Show(await office.OpenAsync(id, top, cancellationToken), workspace =>
        {
            Apply(workspace);
            if (workspace.EditingItem is { } item)
            {
                Item = AgendaItemInput.From(item);
                EditingItemId = item.Id;
            }
            else
            {
                Item = new AgendaItemInput { Number = NextNumber() };
            }

            return Page();
        });

    public async Task<IActionResult> OnPostSaveAsync(int id, [Bind(Prefix = "Input")] MeetingInput input, CancellationToken cancellationToken) =>
        Done(await update.RunAsync(id, input, ModelState.IsValid, cancellationToken), id, BoardTexts.Of("Admin.Meeting.TheMeetingHasBeenSaved").Stored, shown: input);

    public async Task<IActionResult> OnPostSaveItemAsync(int id, int? itemId, [Bind(Prefix = "Item")] AgendaItemInput item, CancellationToken cancellationToken)
    {
        var result = await saveItem.RunAsync(id, itemId, item, ModelState.IsValid, cancellationToken);
        (Item, EditingItemId) = (item, itemId);
        return Done(result, id, BoardTexts.Of("Admin.Meeting.TheAgendaItemHasBeenSaved").Stored, "Item");
    }

    public async Task<IActionResult> OnPostAddProjectsAsync(int id, [Bind(Prefix = "Projects")] AgendaProjectsInput projects, CancellationToken cancellationToken)
    {
        Projects = projects;
        var result = await agenda.RunAsync(id, projects, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            var count = projects.ProjectIds.Distinct().Count();
            Notice = count == 1 ? BoardTexts.Of("Admin.Meeting.TheProjectIdeaIsNowOn").Stored : BoardTexts.Of("Admin.Meeting.TheProjectIdeasAreNowOnThe", count).Stored;
            return Redirect($"/verwaltung/digitalboard/sitzungen/{id}#tagesordnung");
        }

        return Done(result, id, "", "Projects", nextItem: true);
    }

    public async Task<IActionResult> OnPostDeleteItemAsync(int id, int itemId, CancellationToken cancellationToken) =>
        Done(await deleteItem.RunAsync(id, itemId, cancellationToken), id, BoardTexts.Of("Admin.Meeting.TheAgendaItemHasBeenDeleted").Stored);

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken cancellationToken) =>
        Done(await invitation.RunAsync(id, BoardFeature.Site(HttpContext), cancellationToken), id, BoardTexts.Of("Admin.Meeting.TheInvitationHasBeenSent").Stored);

    public async Task<IActionResult> OnPostApproveMinutesAsync(int id, int approvingMeetingId, CancellationToken cancellationToken) =>
        Done(await approveMinutes.RunAsync(id, approvingMeetingId, cancellationToken), id, BoardTexts.Of("Admin.Meeting.TheApprovalOfTheMinutesHas").Stored);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var result = await delete.RunAsync(id, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = BoardTexts.Of("Admin.Meeting.TheMeetingHasBeenDeleted").Stored;
            return Redirect("/verwaltung/digitalboard");
        }

        return Done(result, id, "");
    }

    private IActionResult Done(FormOutcome<MeetingWorkspace> result, int id, string notice, string prefix = "Input", MeetingInput? shown = null, bool nextItem = false)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/digitalboard/sitzungen/{id}");
        }

        if (result.Form is { } workspace)
        {
            Apply(workspace);
            Input = shown ?? workspace.Input;
            if (nextItem)
            {
                Item = new AgendaItemInput { Number = NextNumber() };
            }
        }

        return this.Show(result.Outcome, prefix);
    }

    private void Apply(MeetingWorkspace workspace) =>
        (Meeting, Input, HasBegun, ResolutionBlockers, Candidates, Papers, LaterMeetings) =
        (workspace.Meeting, workspace.Input, workspace.HasBegun, workspace.ResolutionBlockers, workspace.Candidates, workspace.Papers, workspace.LaterMeetings);

    private string NextNumber()
    {
        var last = Meeting.Items.Select(i => int.TryParse(i.Number.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return (last + 1).ToString(CultureInfo.InvariantCulture);
    }
}
