using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

public sealed class NewUserInput
{
    [Required(ErrorMessage = "ManageUsers.PleaseEnterAnEmailAddress")]
    [EmailAddress(ErrorMessage = "Common.PleaseEnterAValidEmailAddress")]
    [StringLength(256, ErrorMessage = "Common.TheEmailAddressIsTooLong")]
    [Display(Name = "Common.EmailAddress")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "ManageUsers.PleaseEnterAName")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "ManageUsers.TheNameMustBe2To")]
    [Display(Name = "Common.Name")]
    public string DisplayName { get; set; } = "";
}

public sealed class RoleInput
{
    [Required(ErrorMessage = "ManageUsers.PleaseChooseARole")]
    [Display(Name = "ManageUsers.Role")]
    public AppRole? Role { get; set; }

    [Display(Name = "ManageUsers.Region")]
    public int? RegionId { get; set; }

    [Display(Name = "ManageUsers.Project")]
    public int? ProjectId { get; set; }
}

/// <summary>Accounts and their scoped roles. Used by the administrators' pages and the command line.</summary>
public sealed class ManageUsers(AppDbContext db, UserManager<ApplicationUser> users)
{
    public sealed record Created(string UserId, string Password);

    /// <summary>Creates an account; without a password, one is generated and returned once.</summary>
    public async Task<(Outcome Outcome, Created? Created)> CreateAsync(NewUserInput input, string? password = null, CancellationToken cancellationToken = default)
    {
        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (Outcome.Invalid.Of(nameof(input.Email), AccountTexts.Of("ManageUsers.AnAccountForAlreadyExists", email)), null);
        }

        password ??= DatabaseSetup.GeneratePassword();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim(), CreatedAt = db.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var errors = new Errors();
            foreach (var error in result.Errors)
            {
                errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : nameof(input.Email), error.Description);
            }

            return (errors.ToOutcome(), null);
        }

        return (new Outcome.Saved(0, user.Id), new Created(user.Id, password));
    }

    /// <summary>Gives a role: Projektbüro needs a region, Projektleitung a project; Lesezugriff may have a region.</summary>
    public async Task<Outcome> AssignAsync(string userId, RoleInput input, CancellationToken cancellationToken = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return new Outcome.NotFound();
        }

        var errors = new Errors();
        var role = input.Role;
        if (role is null || !Enum.IsDefined(role.Value))
        {
            errors.Add(nameof(input.Role), AccountTexts.Of("ManageUsers.ThisRoleDoesNotExist"));
            return errors.ToOutcome();
        }

        int? regionId = null;
        int? projectId = null;
        switch (role)
        {
            case AppRole.ProjectOffice:
                if (input.RegionId is null)
                {
                    errors.Add(nameof(input.RegionId), AccountTexts.Of("ManageUsers.TheProjectOfficeBelongsToA"));
                }

                regionId = input.RegionId;
                break;
            case AppRole.ProjectLead:
                if (input.ProjectId is null)
                {
                    errors.Add(nameof(input.ProjectId), AccountTexts.Of("ManageUsers.TheProjectLeadBelongsToA"));
                }

                projectId = input.ProjectId;
                break;
            case AppRole.ReadOnly:
                regionId = input.RegionId;
                break;
            case AppRole.GrantingAuthority:
                if (input.RegionId is null)
                {
                    errors.Add(nameof(input.RegionId), AccountTexts.Of("ManageUsers.TheGrantingAuthorityIsResponsibleFor"));
                }

                regionId = input.RegionId;
                break;
        }

        if (regionId is { } r && !await db.Regions.AnyAsync(x => x.Id == r, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), AccountTexts.Of("ManageUsers.TheSelectedRegionDoesNotExist"));
        }

        if (projectId is { } p && !await db.Projects.AnyAsync(x => x.Id == p, cancellationToken))
        {
            errors.Add(nameof(input.ProjectId), AccountTexts.Of("ManageUsers.TheSelectedProjectDoesNotExist"));
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        if (await db.RoleAssignments.AnyAsync(a => a.UserId == userId && a.Role == role && a.RegionId == regionId && a.ProjectId == projectId, cancellationToken))
        {
            return Outcome.Invalid.Of(nameof(input.Role), AccountTexts.Of("ManageUsers.ThePersonAlreadyHasThisRole"));
        }

        var assignment = new RoleAssignment { UserId = userId, Role = role.Value, RegionId = regionId, ProjectId = projectId, CreatedAt = db.UtcNow };
        db.RoleAssignments.Add(assignment);
        return await SaveWithNewStampAsync(userId, () => assignment.Id, cancellationToken);
    }

    public async Task<Outcome> RemoveAsync(string userId, int assignmentId, string? actingUserId, CancellationToken cancellationToken = default)
    {
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.UserId == userId, cancellationToken);
        if (assignment is null)
        {
            return new Outcome.NotFound();
        }

        if (assignment.Role == AppRole.Administrator
            && await db.RoleAssignments.CountAsync(a => a.Role == AppRole.Administrator, cancellationToken) == 1)
        {
            return Outcome.Invalid.Of("", AccountTexts.Of("ManageUsers.ThisIsTheLastAdministratorRole"));
        }

        if (assignment.Role == AppRole.Administrator && userId == actingUserId)
        {
            return Outcome.Invalid.Of("", AccountTexts.Of("ManageUsers.YouCannotRevokeYourOwnAdministrator"));
        }

        db.RoleAssignments.Remove(assignment);
        return await SaveWithNewStampAsync(userId, () => assignmentId, cancellationToken);
    }

    /// <summary>
    /// Saves a change of roles together with a new security stamp of the account, in one save: the person's signed-in
    /// sessions end at their next check of the stamp (<c>Account:SecurityStampValidationInterval</c>) and sign in
    /// again with the new roles.
    /// </summary>
    private async Task<Outcome> SaveWithNewStampAsync(string userId, Func<int> savedId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new Outcome.NotFound();
        }

        // Identity's update saves the context's pending changes with the account (the role assignment included).
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded
            ? new Outcome.Saved(savedId())
            : new Outcome.Conflict(AccountTexts.Of("ManageUsers.TheAccountChangedMeanwhile"));
    }

    /// <summary>
    /// Sets a new generated password for the account with this e-mail address and returns it once. Other sessions of
    /// the account end (new security stamp), failed sign-in attempts are forgotten; a locked account stays locked.
    /// </summary>
    public async Task<(Outcome Outcome, string? Password)> ResetPasswordAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return (Outcome.Invalid.Of("Email", AccountTexts.Of("ManageUsers.ThereIsNoAccountFor", email?.Trim())), null);
        }

        var password = DatabaseSetup.GeneratePassword();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded)
            {
                return (Outcome.Invalid.Of("Password", string.Join(" ", check.Errors.Select(e => e.Description))), null);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user);
        return (new Outcome.Saved(0, user.Id), password);
    }

    /// <summary>
    /// Switches the second factor of an account off for a person who lost their authenticator and recovery codes (at the
    /// command line, by the operator after checking who asks): the key and the recovery codes are discarded, every session
    /// of the account ends, and where the role requires a second factor the person sets up a new one at the next sign-in.
    /// </summary>
    public async Task<Outcome> ResetSecondFactorAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return Outcome.Invalid.Of("Email", AccountTexts.Of("ManageUsers.ThereIsNoAccountFor", email?.Trim()));
        }

        cancellationToken.ThrowIfCancellationRequested();
        await users.SetTwoFactorEnabledAsync(user, false);
        // Identity's EF store keeps the key and the recovery codes as tokens of the account; a new key is made when the
        // person sets the second factor up again.
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await users.UpdateSecurityStampAsync(user);
        return new Outcome.Saved(0, user.Id);
    }

    /// <summary>Locks or unlocks an account; a locked person cannot sign in.</summary>
    public async Task<Outcome> SetLockedAsync(string userId, bool locked, string? actingUserId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new Outcome.NotFound();
        }

        if (locked && userId == actingUserId)
        {
            return Outcome.Invalid.Of("", AccountTexts.Of("ManageUsers.YouCannotLockYourOwnAccount"));
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        return new Outcome.Saved(0, userId);
    }
}
