using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed class MembershipInput
{
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Name der Person (nur wenn öffentlich genannt)")]
    public string? PersonName { get; set; }

    [Display(Name = "Vertretene Organisation")]
    public int? OrganisationId { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Rolle.")]
    [Display(Name = "Rolle")]
    public BoardRole? Role { get; set; } = BoardRole.Member;

    [Display(Name = "Beginn der Mitgliedschaft")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Ende der Mitgliedschaft")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Stimmberechtigt")]
    public bool HasVotingRight { get; set; } = true;

    [Display(Name = "Stellvertretung für")]
    public int? DeputyOfId { get; set; }

    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse an.")]
    [StringLength(256, ErrorMessage = "Die E-Mail-Adresse darf höchstens 256 Zeichen lang sein.")]
    [Display(Name = "E-Mail-Adresse für Einladungen (nicht öffentlich)")]
    public string? InvitationEmail { get; set; }

    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse an.")]
    [Display(Name = "Konto für den Mitgliederbereich (E-Mail-Adresse der Anmeldung, optional)")]
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
                return new Outcome.Conflict("Die Mitgliedschaft wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu.");
            }
        }

        var errors = new Errors();
        if (input.Role is not { } role || !Enum.IsDefined(role))
        {
            errors.Add(nameof(input.Role), "Diese Rolle gibt es nicht.");
            return errors.ToOutcome();
        }

        if (string.IsNullOrWhiteSpace(input.PersonName) && input.OrganisationId is null)
        {
            errors.Add(nameof(input.OrganisationId), "Bitte geben Sie die vertretene Organisation oder den Namen der Person an.");
        }

        if (input.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add(nameof(input.OrganisationId), "Die gewählte Organisation gibt es nicht.");
        }

        if (input.StartsOn is { } start && input.EndsOn is { } end && end < start)
        {
            errors.Add(nameof(input.EndsOn), "Das Ende darf nicht vor dem Beginn liegen.");
        }

        if (input.DeputyOfId is { } deputyOf)
        {
            if (role != BoardRole.Deputy)
            {
                errors.Add(nameof(input.DeputyOfId), "Nur ein stellvertretendes Mitglied vertritt ein anderes Mitglied.");
            }
            else if (deputyOf == membershipId || !await db.BoardMemberships.AnyAsync(m => m.Id == deputyOf && m.BoardId == boardId && m.DeletedAt == null && m.Role != BoardRole.Deputy, cancellationToken))
            {
                errors.Add(nameof(input.DeputyOfId), "Das vertretene Mitglied gibt es in diesem Gremium nicht (oder es ist selbst eine Stellvertretung).");
            }
        }

        if (role == BoardRole.Chair && await db.BoardMemberships.AnyAsync(m => m.BoardId == boardId && m.Role == BoardRole.Chair && m.DeletedAt == null && m.EndsOn == null && m.Id != (membershipId ?? 0), cancellationToken)
            && input.EndsOn is null)
        {
            errors.Add(nameof(input.Role), "Das Gremium hat bereits einen Vorsitz. Beenden Sie zuerst die bisherige Mitgliedschaft.");
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(input.AccountEmail))
        {
            var normalized = input.AccountEmail.Trim().ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            if (userId is null)
            {
                errors.Add(nameof(input.AccountEmail), "Ein Konto mit dieser E-Mail-Adresse gibt es nicht.");
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome.Conflict("Die Mitgliedschaft wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu.");
        }

        return new Outcome.Saved(membership.Id);
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
            return Outcome.Invalid.Of("", "Diese Mitgliedschaft ist in Beschlüssen oder Stellvertretungen erfasst. Tragen Sie stattdessen ein Ende ein.");
        }

        membership.DeletedAt = db.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(membershipId);
    }
}
