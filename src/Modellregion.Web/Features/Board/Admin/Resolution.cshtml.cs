using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed record SeatOption(int Id, string Name, BoardRole Role, bool HasVotingRight);

/// <summary>The office records the resolution on an agenda item: attendance, conflicts of interest, tally and result.</summary>
public sealed class ResolutionModel(AppDbContext db, RecordResolution record) : BackOfficePageModel
{
    [BindProperty]
    public ResolutionInput Input { get; set; } = new();

    public int MeetingId { get; private set; }
    public string MeetingName { get; private set; } = "";
    public string ItemNumber { get; private set; } = "";
    public string ItemTitle { get; private set; } = "";
    public IReadOnlyList<SeatOption> Members { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var resolution = await db.Resolutions.AsNoTracking().Include(r => r.Attendance).FirstOrDefaultAsync(r => r.AgendaItemId == id, cancellationToken);
        if (resolution is not null)
        {
            Input = new ResolutionInput
            {
                Result = resolution.Result,
                Text = resolution.Text,
                Yes = resolution.Yes,
                No = resolution.No,
                Abstentions = resolution.Abstentions,
                ProjectId = resolution.ProjectId,
                Version = resolution.Version,
                Attendance = [.. resolution.Attendance.Select(a => new AttendanceInput { MembershipId = a.MembershipId, IsPresent = a.IsPresent, DeclaredConflict = a.DeclaredConflict, Vote = a.Vote })],
            };
        }
        else
        {
            Input.ProjectId = await db.AgendaItems.Where(i => i.Id == id).Select(i => i.Paper != null ? i.Paper.ProjectId : null).FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await record.RunAsync(id, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Der Beschluss wurde gespeichert.";
            return Redirect($"/verwaltung/digitalboard/sitzungen/{MeetingId}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.AgendaItems.AsNoTracking().Include(i => i.Meeting!).ThenInclude(m => m.Board)
            .FirstOrDefaultAsync(i => i.Id == id && i.DeletedAt == null && i.Meeting!.DeletedAt == null, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var board = item.Meeting!.Board!;
        if (!(await PermissionsAsync()).CanManageBoard(board.RegionId))
        {
            return Forbid();
        }

        (MeetingId, MeetingName, ItemNumber, ItemTitle) = (item.MeetingId, item.Meeting.Name, item.Number, item.Title);
        var day = item.Meeting.Day;
        Members = [.. (await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
                .Where(m => m.BoardId == board.Id && m.DeletedAt == null).OrderBy(m => m.Role).ThenBy(m => m.Id).ToListAsync(cancellationToken))
            .Where(m => m.IsActiveOn(day))
            .Select(m => new SeatOption(m.Id, m.DisplayName, m.Role, m.HasVotingRight))];
        Projects = await db.Projects.AsNoTracking().Where(p => p.RegionId == board.RegionId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        return null;
    }
}
