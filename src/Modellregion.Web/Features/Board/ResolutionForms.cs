using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed record SeatOption(int Id, string Name, BoardRole Role, bool HasVotingRight);

/// <summary>The resolution form of an agenda item: its meeting, the members seated on the day, the region's projects, the input.</summary>
public sealed record ResolutionForm(int MeetingId, string MeetingName, string ItemNumber, string ItemTitle,
    IReadOnlyList<SeatOption> Members, IReadOnlyList<SelectListItem> Projects, ResolutionInput Input);

/// <summary>The form the office records a resolution with (<see cref="BoardOperations.Manage"/> on the meeting's board).</summary>
public sealed class ResolutionForms(AppDbContext db, BoardGate gate)
{
    public async Task<Result<ResolutionForm>> OpenAsync(int agendaItemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(agendaItemId, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(item.Meeting!.Board!, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var resolution = await db.Resolutions.AsNoTracking().Include(r => r.Attendance).FirstOrDefaultAsync(r => r.AgendaItemId == agendaItemId, cancellationToken);
        var input = resolution is null
            ? new ResolutionInput { ProjectId = item.Paper?.ProjectId }
            : new ResolutionInput
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
        return await FormAsync(item, input, cancellationToken);
    }

    /// <summary>The form shown again with <paramref name="input"/> after a refused submission (asked behind the gate).</summary>
    internal async Task<ResolutionForm?> ShownAgainAsync(int agendaItemId, ResolutionInput input, CancellationToken cancellationToken) =>
        await LoadAsync(agendaItemId, cancellationToken) is { } item ? await FormAsync(item, input, cancellationToken) : null;

    private Task<AgendaItem?> LoadAsync(int agendaItemId, CancellationToken cancellationToken) =>
        db.AgendaItems.AsNoTracking().Include(i => i.Meeting!).ThenInclude(m => m.Board).Include(i => i.Paper)
            .FirstOrDefaultAsync(i => i.Id == agendaItemId && i.DeletedAt == null && i.Meeting!.DeletedAt == null, cancellationToken);

    private async Task<ResolutionForm> FormAsync(AgendaItem item, ResolutionInput input, CancellationToken cancellationToken)
    {
        var board = item.Meeting!.Board!;
        var day = item.Meeting.Day;
        IReadOnlyList<SeatOption> members = [.. (await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
                .Where(m => m.BoardId == board.Id && m.DeletedAt == null).OrderBy(m => m.Role).ThenBy(m => m.Id).ToListAsync(cancellationToken))
            .Where(m => m.IsActiveOn(day))
            .Select(m => new SeatOption(m.Id, m.DisplayName, m.Role, m.HasVotingRight))];
        var projects = await db.Projects.AsNoTracking().Where(p => p.RegionId == board.RegionId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        return new ResolutionForm(item.MeetingId, item.Meeting.Name, item.Number, item.Title, members, projects, input);
    }
}
