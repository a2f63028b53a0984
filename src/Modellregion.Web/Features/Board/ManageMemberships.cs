using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
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

/// <summary>
/// Seats on a board. A seat names a person only when given; it may link an existing account, which opens the
/// members' area for this board and nothing else (no role is created or changed).
/// </summary>
public sealed class ManageMemberships(AppDbContext db, CurrentUser currentUser)
{
    public async Task<Outcome> SaveAsync(int boardId, int? membershipId, MembershipInput input, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!(await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(board.RegionId))
        {
            return new Outcome.Forbidden();
        }

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

        var personName = ManageMeetings.Clean(input.PersonName);
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
        membership.InvitationEmail = ManageMeetings.Clean(input.InvitationEmail);
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

    /// <summary>Removes a seat entered by mistake; OParl reports it as deleted. A seat that ended keeps its end date instead.</summary>
    public async Task<Outcome> DeleteAsync(int boardId, int membershipId, CancellationToken cancellationToken = default)
    {
        var membership = await db.BoardMemberships.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == membershipId && m.BoardId == boardId && m.DeletedAt == null, cancellationToken);
        if (membership is null)
        {
            return new Outcome.NotFound();
        }

        if (!(await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(membership.Board!.RegionId))
        {
            return new Outcome.Forbidden();
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
