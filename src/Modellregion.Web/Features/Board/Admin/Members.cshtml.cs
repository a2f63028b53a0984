using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class MembersModel(AppDbContext db, ManageMemberships memberships) : BackOfficePageModel
{
    [BindProperty]
    public MembershipInput Input { get; set; } = new();

    public int BoardId { get; private set; }
    public string BoardName { get; private set; } = "";
    public int? EditingId { get; private set; }
    public IReadOnlyList<BoardMembership> Seats { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Principals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int boardId, int? bearbeiten, CancellationToken cancellationToken)
    {
        if (await LoadAsync(boardId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (bearbeiten is { } id && Seats.FirstOrDefault(s => s.Id == id) is { } seat)
        {
            EditingId = id;
            var email = seat.UserId is null ? null : await db.Users.Where(u => u.Id == seat.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
            Input = new MembershipInput
            {
                PersonName = seat.Person?.Name,
                OrganisationId = seat.OrganisationId,
                Role = seat.Role,
                StartsOn = seat.StartsOn,
                EndsOn = seat.EndsOn,
                HasVotingRight = seat.HasVotingRight,
                DeputyOfId = seat.DeputyOfId,
                InvitationEmail = seat.InvitationEmail,
                AccountEmail = email,
                Version = seat.Version,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int boardId, int? membershipId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(boardId, cancellationToken) is { } denied)
        {
            return denied;
        }

        EditingId = membershipId;
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var outcome = await memberships.SaveAsync(boardId, membershipId, Input, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Mitgliedschaft wurde gespeichert.";
            return Redirect($"/verwaltung/digitalboard/{boardId}/mitglieder");
        }

        return this.Show(outcome);
    }

    /// <summary>Deletes a seat entered by mistake; a seat that ended keeps its end date instead.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int boardId, int membershipId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(boardId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var outcome = await memberships.DeleteAsync(boardId, membershipId, cancellationToken);
        if (outcome is Outcome.Saved)
        {
            Notice = "Die Mitgliedschaft wurde gelöscht.";
            return Redirect($"/verwaltung/digitalboard/{boardId}/mitglieder");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(int boardId, CancellationToken cancellationToken)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return NotFound();
        }

        if (!(await PermissionsAsync()).CanManageBoard(board.RegionId))
        {
            return Forbid();
        }

        (BoardId, BoardName) = (board.Id, board.Name);
        Seats = await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
            .Include(m => m.DeputyOf!).ThenInclude(d => d.Organisation).Include(m => m.DeputyOf!).ThenInclude(d => d.Person)
            .Where(m => m.BoardId == boardId && m.DeletedAt == null).OrderBy(m => m.Role).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        Organisations = await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        Principals = [.. Seats.Where(s => s.Role != BoardRole.Deputy).Select(s => new SelectListItem(s.DisplayName, s.Id.ToString(CultureInfo.InvariantCulture)))];
        return null;
    }
}
