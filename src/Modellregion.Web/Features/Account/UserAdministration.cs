using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

public sealed record UserRow(string Id, string Email, string DisplayName, bool IsLocked, IReadOnlyList<string> Roles);

/// <summary>Every account with its roles (<c>/verwaltung/benutzer</c>).</summary>
public sealed record UsersView(IReadOnlyList<UserRow> Users);

/// <summary>One account, its roles and the choices for giving another (<c>/verwaltung/benutzer/{id}</c>).</summary>
public sealed record AccountView(
    ApplicationUser Account,
    bool IsLocked,
    IReadOnlyList<(int Id, string Role, string? Scope)> Roles,
    IReadOnlyList<SelectListItem> RoleOptions,
    IReadOnlyList<SelectListItem> Regions,
    IReadOnlyList<SelectListItem> Projects);

/// <summary>
/// The administrators' pages for accounts and roles: each call passes the gate once
/// (<see cref="AccountOperations.ManageUsers"/>) before it reads or changes anything, then uses
/// <see cref="ManageUsers"/>. The command line and the first start use <see cref="ManageUsers"/> directly: they act
/// as the operator.
/// </summary>
public sealed class UserAdministration(AppDbContext db, ManageUsers manage, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Result<UsersView>> ListAsync(CancellationToken cancellationToken = default) =>
        await MayAsync() ? await UsersAsync(cancellationToken) : new Outcome.Forbidden();

    /// <summary>Creates an account with a generated password, returned once with the saved outcome (its slug is the account's id).</summary>
    public async Task<(FormOutcome<UsersView> Result, string? Password)> CreateAsync(NewUserInput input, bool fieldsValid, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return (new Outcome.Forbidden(), null);
        }

        var (outcome, created) = fieldsValid ? await manage.CreateAsync(input, cancellationToken: cancellationToken) : (Outcome.Invalid.BoundInput(), null);
        return created is not null
            ? (outcome, created.Password)
            : (new FormOutcome<UsersView>(outcome, await UsersAsync(cancellationToken)), null);
    }

    public async Task<Result<AccountView>> AccountAsync(string userId, CancellationToken cancellationToken = default) =>
        !await MayAsync() ? new Outcome.Forbidden()
        : await AccountViewAsync(userId, cancellationToken) is { } view ? view
        : new Outcome.NotFound();

    public Task<FormOutcome<AccountView>> AssignAsync(string userId, RoleInput input, bool fieldsValid, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, fieldsValid, () => manage.AssignAsync(userId, input, cancellationToken), cancellationToken);

    public Task<FormOutcome<AccountView>> RemoveAsync(string userId, int assignmentId, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, true, () => manage.RemoveAsync(userId, assignmentId, currentUser.Id, cancellationToken), cancellationToken);

    public Task<FormOutcome<AccountView>> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, true, () => manage.SetLockedAsync(userId, locked, currentUser.Id), cancellationToken);

    /// <summary>Gate, then the account (404), then the change; the account's page again when it is not saved.</summary>
    private async Task<FormOutcome<AccountView>> ChangeAsync(string userId, bool fieldsValid, Func<Task<Outcome>> change, CancellationToken cancellationToken)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return new Outcome.NotFound();
        }

        var outcome = fieldsValid ? await change() : Outcome.Invalid.BoundInput();
        if (outcome is Outcome.Saved or Outcome.NotFound)
        {
            return outcome;
        }

        return new FormOutcome<AccountView>(outcome, await AccountViewAsync(userId, cancellationToken));
    }

    private Task<bool> MayAsync() => authorization.AllowsAsync(currentUser.Principal, null, AccountOperations.ManageUsers);

    private async Task<UsersView> UsersAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().Include(u => u.RoleAssignments).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return new UsersView([.. users.Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName, u.LockoutEnd > now,
            [.. u.RoleAssignments.Select(a => AppRoles.Label(a.Role)).Distinct()]))]);
    }

    private async Task<AccountView?> AccountViewAsync(string userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Include(u => u.RoleAssignments).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var projectIds = account.RoleAssignments.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value).ToList();
        var projectNames = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        return new AccountView(
            account,
            account.LockoutEnd > DateTimeOffset.UtcNow,
            [.. account.RoleAssignments.OrderBy(a => a.Role).Select(a => (a.Id, AppRoles.Label(a.Role),
                a.ProjectId is { } p ? projectNames.GetValueOrDefault(p) : a.RegionId is { } r ? regions.FirstOrDefault(x => x.Id == r)?.Name : null))],
            [.. AppRoles.All.Select(r => new SelectListItem(r.Label, ((int)r.Role).ToString(CultureInfo.InvariantCulture)))],
            [.. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))],
            [.. await db.Projects.AsNoTracking().OrderBy(p => p.Title).Take(1000)
                .Select(p => new SelectListItem(p.Title + " (" + p.Region!.ShortName + ")", p.Id.ToString())).ToListAsync(cancellationToken)]);
    }
}
