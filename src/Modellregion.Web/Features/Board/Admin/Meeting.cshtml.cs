using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

/// <summary>The office prepares a meeting: date and place, the agenda, the invitation, the approval of the minutes.</summary>
public sealed class MeetingModel(AppDbContext db, BoardQueries queries, ManageMeetings meetings, SendInvitation invitation, AddProjectsToAgenda agenda) : BackOfficePageModel
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

    public async Task<IActionResult> OnGetAsync(int id, int? top, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (top is { } itemId && await db.AgendaItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id && i.DeletedAt == null, cancellationToken) is { } item)
        {
            Item = AgendaItemInput.From(item);
            EditingItemId = item.Id;
        }
        else
        {
            Item = new AgendaItemInput { Number = NextNumber() };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, [Bind(Prefix = "Input")] MeetingInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = input;
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        return await DoneAsync(await meetings.UpdateAsync(id, input, cancellationToken), id, "Die Sitzung wurde gespeichert.");
    }

    public async Task<IActionResult> OnPostSaveItemAsync(int id, int? itemId, [Bind(Prefix = "Item")] AgendaItemInput item, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        (Item, EditingItemId) = (item, itemId);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        return await DoneAsync(await meetings.SaveItemAsync(id, itemId, item, cancellationToken), id, "Der Tagesordnungspunkt wurde gespeichert.", "Item");
    }

    public async Task<IActionResult> OnPostAddProjectsAsync(int id, [Bind(Prefix = "Projects")] AgendaProjectsInput projects, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Projects = projects;
        Item = new AgendaItemInput { Number = NextNumber() };
        var outcome = await agenda.RunAsync(id, projects, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            var count = projects.ProjectIds.Distinct().Count();
            Notice = count == 1 ? "Die Projektidee steht jetzt mit einer Vorlage auf der Tagesordnung." : $"Die {count} Projektideen stehen jetzt mit je einer Vorlage auf der Tagesordnung.";
            return Redirect($"/verwaltung/digitalboard/sitzungen/{id}#tagesordnung");
        }

        return this.Show(outcome, "Projects");
    }

    public async Task<IActionResult> OnPostDeleteItemAsync(int id, int itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await DoneAsync(await meetings.DeleteItemAsync(id, itemId, cancellationToken), id, "Der Tagesordnungspunkt wurde gelöscht.");
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var outcome = await invitation.RunAsync(id, BoardFeature.Site(HttpContext), cancellationToken);
        return await DoneAsync(outcome, id, "Die Einladung wurde versandt.");
    }

    public async Task<IActionResult> OnPostApproveMinutesAsync(int id, int approvingMeetingId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await DoneAsync(await meetings.ApproveMinutesAsync(id, approvingMeetingId, cancellationToken), id, "Die Genehmigung der Niederschrift wurde eingetragen.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var outcome = await meetings.DeleteAsync(id, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Sitzung wurde gelöscht.";
            return Redirect("/verwaltung/digitalboard");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult> DoneAsync(Outcome outcome, int id, string notice, string prefix = "Input")
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/digitalboard/sitzungen/{id}");
        }

        return this.Show(outcome, prefix);
    }

    private string NextNumber()
    {
        var last = Meeting.Items.Select(i => int.TryParse(i.Number.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return (last + 1).ToString(CultureInfo.InvariantCulture);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await queries.MeetingAsync(id, includeInternal: true, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!(await PermissionsAsync()).CanManageBoard(meeting.RegionId))
        {
            return Forbid();
        }

        Meeting = meeting;
        var entity = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
        Input = MeetingInput.From(entity);
        HasBegun = entity.StartsAt <= db.UtcNow;
        var blockers = new List<(string, object[])>();
        if (entity.State == MeetingState.Cancelled)
        {
            blockers.Add(("Die Sitzung ist abgesagt; Beschlüsse können nicht erfasst werden.", []));
        }

        if (!HasBegun)
        {
            blockers.Add(("Beschlüsse können ab Beginn der Sitzung am {0} erfasst werden.", [Formatting.Timestamp(entity.StartsAt)]));
        }

        ResolutionBlockers = blockers;
        Candidates = await agenda.CandidatesAsync(meeting.RegionId, cancellationToken);
        Papers = await db.Papers.AsNoTracking().Where(p => p.BoardId == meeting.BoardId && p.DeletedAt == null).OrderByDescending(p => p.Date)
            .Select(p => new SelectListItem(p.Reference + ": " + p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        LaterMeetings = [.. (await db.Meetings.AsNoTracking().Where(m => m.BoardId == meeting.BoardId && m.DeletedAt == null && m.StartsAt > entity.StartsAt)
                .OrderBy(m => m.StartsAt).Take(20).ToListAsync(cancellationToken))
            .Select(m => new SelectListItem($"{m.Name} ({Formatting.Date(m.Day)})", m.Id.ToString(CultureInfo.InvariantCulture)))];
        return null;
    }
}
