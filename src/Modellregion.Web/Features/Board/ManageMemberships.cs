using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed class MembershipInput
{
    [StringLength(200, ErrorMessage = "ManageMemberships.TheNameMayBeAtMost")]
    [Display(Name = "ManageMemberships.NameOfThePersonOnlyIf")]
    public string? PersonName { get; set; }

    [Display(Name = "ManageMemberships.OrganisationRepresented")]
    public int? OrganisationId { get; set; }

    [Required(ErrorMessage = "ManageMemberships.PleaseChooseTheRole")]
    [Display(Name = "Common.Role")]
    public BoardRole? Role { get; set; } = BoardRole.Member;

    [Display(Name = "ManageMemberships.StartOfMembership")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "ManageMemberships.EndOfMembership")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "ManageMemberships.VotingRight")]
    public bool HasVotingRight { get; set; } = true;

    [Display(Name = "Common.DeputyFor")]
    public int? DeputyOfId { get; set; }

    [EmailAddress(ErrorMessage = "ManageMemberships.PleaseEnterAValidEmailAddress")]
    [StringLength(256, ErrorMessage = "ManageMemberships.TheEmailAddressMayBeAt")]
    [Display(Name = "ManageMemberships.EMailAddressForInvitationsNot")]
    public string? InvitationEmail { get; set; }

    [EmailAddress(ErrorMessage = "ManageMemberships.PleaseEnterAValidEmailAddress")]
    [Display(Name = "ManageMemberships.AccountForTheMembersAreaSign")]
    public string? AccountEmail { get; set; }

    public int Version { get; set; }
}

/// <summary>The seats of a board and the choices of the membership form; <c>Accounts</c> maps linked accounts to their e-mail address.</summary>
public sealed record MembersForm(int BoardId, string BoardName, IReadOnlyList<BoardMembership> Seats, IReadOnlyList<SelectListItem> Organisations,
    IReadOnlyList<SelectListItem> Principals, IReadOnlyDictionary<string, string?> Accounts);

/// <summary>
/// Seats on a board. A seat names a person only when given; it may link an existing account, which opens the
/// members' area for this board and nothing else (no role is created or changed).
/// </summary>
public sealed class ManageMemberships(AppDbContext db, BoardGate gate)
{
    /// <summary>The seats of a board with the choices of the form (<see cref="BoardOperations.Manage"/>).</summary>
    public async Task<Result<MembersForm>> OpenAsync(int boardId, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(board, BoardOperations.Manage) ? await FormAsync(board, cancellationToken) : new Outcome.Forbidden();
    }

    public async Task<FormOutcome<MembersForm>> SaveAsync(int boardId, int? membershipId, MembershipInput input, bool inputValid, CancellationToken cancellationToken = default) =>
        await ActAsync(boardId, board => inputValid ? SaveSeatAsync(board, membershipId, input, cancellationToken) : Task.FromResult<Outcome>(Outcome.Invalid.BoundInput()), cancellationToken);

    /// <summary>Removes a seat entered by mistake; OParl reports it as deleted. A seat that ended keeps its end date instead.</summary>
    public async Task<FormOutcome<MembersForm>> DeleteAsync(int boardId, int membershipId, CancellationToken cancellationToken = default) =>
        await ActAsync(boardId, _ => DeleteSeatAsync(boardId, membershipId, cancellationToken), cancellationToken);

    private async Task<FormOutcome<MembersForm>> ActAsync(int boardId, Func<Board, Task<Outcome>> act, CancellationToken cancellationToken)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(board, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var outcome = await act(board);
        return outcome is Outcome.Saved ? new FormOutcome<MembersForm>(outcome) : new(outcome, await FormAsync(board, cancellationToken));
    }

    private async Task<MembersForm> FormAsync(Board board, CancellationToken cancellationToken)
    {
        var seats = await db.BoardMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
            .Include(m => m.DeputyOf!).ThenInclude(d => d.Organisation).Include(m => m.DeputyOf!).ThenInclude(d => d.Person)
            .Where(m => m.BoardId == board.Id && m.DeletedAt == null).OrderBy(m => m.Role).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => !o.IsSynthetic).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        var principals = seats.Where(s => s.Role != BoardRole.Deputy).Select(s => new SelectListItem(s.DisplayName, s.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        var userIds = seats.Where(s => s.UserId != null).Select(s => s.UserId!).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        return new MembersForm(board.Id, board.Name, seats, organisations, principals, accounts.ToDictionary(a => a.Id, a => a.Email));
    }

    private async Task<Outcome> SaveSeatAsync(Board board, int? membershipId, MembershipInput input, CancellationToken cancellationToken)
    {
        var boardId = board.Id;
        BoardMembership? membership = null;
        if (membershipId is { } id)
        {
            membership = await db.BoardMemberships.Include(m => m.Person).FirstOrDefaultAsync(m => m.Id == id && m.BoardId == boardId && m.DeletedAt == null, cancellationToken);
            if (membership is null)
            {
                return new Outcome.NotFound();
            }

            if (membership.Version != input.Version)
            {
                return new Outcome.Conflict(BoardTexts.Of("ManageMemberships.TheMembershipHasBeenChangedBy"));
            }
        }

        var errors = new Errors();
        if (input.Role is not { } role || !Enum.IsDefined(role))
        {
            errors.Add(nameof(input.Role), BoardTexts.Of("ManageMemberships.ThisRoleDoesNotExist"));
            return errors.ToOutcome();
        }

        if (string.IsNullOrWhiteSpace(input.PersonName) && input.OrganisationId is null)
        {
            errors.Add(nameof(input.OrganisationId), BoardTexts.Of("ManageMemberships.PleaseEnterTheOrganisationRepresentedOr"));
        }

        if (input.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add(nameof(input.OrganisationId), BoardTexts.Of("Common.TheSelectedOrganisationDoesNotExist"));
        }

        if (input.StartsOn is { } start && input.EndsOn is { } end && end < start)
        {
            errors.Add(nameof(input.EndsOn), BoardTexts.Of("ManageMemberships.TheEndMayNotBeBefore"));
        }

        if (input.DeputyOfId is { } deputyOf)
        {
            if (role != BoardRole.Deputy)
            {
                errors.Add(nameof(input.DeputyOfId), BoardTexts.Of("ManageMemberships.OnlyADeputyMemberRepresentsAnother"));
            }
            else if (deputyOf == membershipId || !await db.BoardMemberships.AnyAsync(m => m.Id == deputyOf && m.BoardId == boardId && m.DeletedAt == null && m.Role != BoardRole.Deputy, cancellationToken))
            {
                errors.Add(nameof(input.DeputyOfId), BoardTexts.Of("ManageMemberships.TheMemberRepresentedDoesNotExist"));
            }
        }

        if (role == BoardRole.Chair && await db.BoardMemberships.AnyAsync(m => m.BoardId == boardId && m.Role == BoardRole.Chair && m.DeletedAt == null && m.EndsOn == null && m.Id != (membershipId ?? 0), cancellationToken)
            && input.EndsOn is null)
        {
            errors.Add(nameof(input.Role), BoardTexts.Of("ManageMemberships.TheBoardAlreadyHasAChair"));
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(input.AccountEmail))
        {
            var normalized = input.AccountEmail.Trim().ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            if (userId is null)
            {
                errors.Add(nameof(input.AccountEmail), BoardTexts.Of("ManageMemberships.ThereIsNoAccountWithThis"));
            }
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        if (membership is null)
        {
            membership = new BoardMembership { BoardId = boardId };
            db.BoardMemberships.Add(membership);
        }
        else
        {
            db.Entry(membership).Property(m => m.Version).OriginalValue = input.Version;
        }

        var personName = BoardText.Clean(input.PersonName);
        if (personName is null)
        {
            membership.Person = null;
            membership.PersonId = null;
        }
        else if (membership.Person?.Name != personName)
        {
            membership.Person = await db.BoardPeople.FirstOrDefaultAsync(p => p.RegionId == board.RegionId && p.Name == personName && p.DeletedAt == null, cancellationToken)
                ?? new BoardPerson { RegionId = board.RegionId, Name = personName };
        }

        membership.OrganisationId = input.OrganisationId;
        membership.Role = role;
        membership.StartsOn = input.StartsOn;
        membership.EndsOn = input.EndsOn;
        membership.HasVotingRight = input.HasVotingRight;
        membership.DeputyOfId = input.DeputyOfId;
        membership.InvitationEmail = BoardText.Clean(input.InvitationEmail);
        membership.UserId = userId;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(membership.Id), new Outcome.Conflict(BoardTexts.Of("ManageMemberships.TheMembershipHasBeenChangedBy")), cancellationToken);
    }

    private async Task<Outcome> DeleteSeatAsync(int boardId, int membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.BoardMemberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.BoardId == boardId && m.DeletedAt == null, cancellationToken);
        if (membership is null)
        {
            return new Outcome.NotFound();
        }

        if (await db.ResolutionAttendance.AnyAsync(a => a.MembershipId == membershipId, cancellationToken)
            || await db.BoardMemberships.AnyAsync(m => m.DeputyOfId == membershipId && m.DeletedAt == null, cancellationToken))
        {
            return Outcome.Invalid.Of("", BoardTexts.Of("ManageMemberships.ThisMembershipIsRecordedInResolutions"));
        }

        membership.DeletedAt = db.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(membershipId);
    }
}
