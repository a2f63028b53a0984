using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// The back-office account of an address, for access and erasure across the installation (the privacy pages).
/// Erasure keeps the account as an empty shell, because the audit names who changed what (its actor id and the name
/// at the time, for accountability): name and address are replaced, the account is locked for good, its roles,
/// access tokens and authenticator keys are removed and every session ends. The account of the person erasing and
/// the last administrator's cannot be erased.
/// </summary>
public sealed class AccountPersonalDataSource(AppDbContext db, CurrentUser currentUser) : IPersonalDataSource
{
    public const string ErasedName = "Gelöschtes Konto";

    public int Order => 10;

    public Message Area => AccountTexts.Of("Privacy.Area");

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string emailKey, CancellationToken cancellationToken)
    {
        var normalized = emailKey.ToUpperInvariant();
        var users = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).OrderBy(u => u.CreatedAt)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.PhoneNumber,
                u.CreatedAt,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                Roles = u.RoleAssignments.Select(a => new { a.Role, Region = a.Region == null ? null : a.Region.Name, Project = a.Project == null ? null : a.Project.Title }).ToList(),
                Tokens = db.Set<PersonalAccessToken>().Count(t => t.UserId == u.Id && t.RevokedAt == null),
            })
            .ToListAsync(cancellationToken);
        return [.. users.Select(u => new PersonalDataRecord(AccountTexts.Of("Privacy.Account"), u.DisplayName,
        [
            new(AccountTexts.Of("Privacy.Name"), u.DisplayName),
            new(AccountTexts.Of("Privacy.Email"), u.Email),
            new(AccountTexts.Of("Privacy.Phone"), u.PhoneNumber),
            new(AccountTexts.Of("Privacy.CreatedAt"), Formatting.Timestamp(u.CreatedAt)),
            new(AccountTexts.Of("Privacy.Roles"), string.Join("; ", u.Roles.Select(r => AppRoles.Label(r.Role) + ((r.Region ?? r.Project) is { } scope ? $" ({scope})" : "")))),
            new(AccountTexts.Of("Privacy.SecondFactor"), AccountTexts.Of(u.TwoFactorEnabled ? "Privacy.Yes" : "Privacy.No").ToString()),
            new(AccountTexts.Of("Privacy.Locked"), u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? Formatting.Timestamp(end.UtcDateTime) : null),
            new(AccountTexts.Of("Privacy.AccessTokens"), Formatting.Number(u.Tokens)),
        ], $"/verwaltung/benutzer/{u.Id}"))];
    }

    public async Task<PersonalDataErasure> EraseAsync(string emailKey, CancellationToken cancellationToken)
    {
        var normalized = emailKey.ToUpperInvariant();
        var users = await db.Users.Where(u => u.NormalizedEmail == normalized).Include(u => u.RoleAssignments).ToListAsync(cancellationToken);
        if (users.Count == 0)
        {
            return PersonalDataErasure.None;
        }

        if (users.Any(u => u.Id == currentUser.Id))
        {
            return PersonalDataErasure.Refused(AccountTexts.Of("Privacy.NotYourOwn"));
        }

        var ids = users.Select(u => u.Id).ToList();
        var administrators = await db.Set<RoleAssignment>().Where(a => a.Role == AppRole.Administrator).Select(a => a.UserId).Distinct().ToListAsync(cancellationToken);
        if (administrators.Count > 0 && administrators.All(ids.Contains))
        {
            return PersonalDataErasure.Refused(AccountTexts.Of("Privacy.NotTheLastAdministrator"));
        }

        foreach (var user in users)
        {
            var erased = $"geloescht-{user.Id}@konto.invalid";
            user.DisplayName = ErasedName;
            user.Email = erased;
            user.NormalizedEmail = erased.ToUpperInvariant();
            user.UserName = erased;
            user.NormalizedUserName = erased.ToUpperInvariant();
            user.PhoneNumber = null;
            user.PasswordHash = null;
            user.TwoFactorEnabled = false;
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            db.Set<RoleAssignment>().RemoveRange(user.RoleAssignments);
        }

        db.Set<PersonalAccessToken>().RemoveRange(await db.Set<PersonalAccessToken>().Where(t => ids.Contains(t.UserId)).ToListAsync(cancellationToken));
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => ids.Contains(t.UserId)).ToListAsync(cancellationToken));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(t => ids.Contains(t.UserId)).ToListAsync(cancellationToken));
        return new PersonalDataErasure(users.Count);
    }
}
