using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account.Admin;

public sealed class UserRolesModel(AppDbContext db, ManageUsers manage, CurrentUser currentUser) : BackOfficePageModel
{
    [BindProperty]
    public RoleInput Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Role, string? Scope)> Roles { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Projects { get; private set; } = [];
    public bool IsLocked { get; private set; }

    [TempData]
    public string? CreatedPassword { get; set; }

    [TempData]
    public string? CreatedEmail { get; set; }

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken cancellationToken) =>
        await LoadAsync(userId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAssignAsync(string userId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(userId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        return Finish(userId, await manage.AssignAsync(userId, Input, cancellationToken), "Die Rolle wurde vergeben.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string userId, int assignmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(userId, cancellationToken) is { } denied)
        {
            return denied;
        }

        return Finish(userId, await manage.RemoveAsync(userId, assignmentId, currentUser.Id, cancellationToken), "Die Rolle wurde entzogen.");
    }

    public async Task<IActionResult> OnPostLockAsync(string userId, bool locked, CancellationToken cancellationToken)
    {
        if (await LoadAsync(userId, cancellationToken) is { } denied)
        {
            return denied;
        }

        return Finish(userId, await manage.SetLockedAsync(userId, locked, currentUser.Id), locked ? "Das Konto wurde gesperrt." : "Das Konto wurde entsperrt.");
    }

    private IActionResult Finish(string userId, Outcome outcome, string notice)
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/benutzer/{userId}");
        }

        return this.Show(outcome);
    }

    private async Task<IActionResult?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).CanManageUsers)
        {
            return Forbid();
        }

        var account = await db.Users.AsNoTracking().Include(u => u.RoleAssignments).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        IsLocked = account.LockoutEnd > DateTimeOffset.UtcNow;
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var projectIds = account.RoleAssignments.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value).ToList();
        var projectNames = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        Roles = [.. account.RoleAssignments.OrderBy(a => a.Role).Select(a => (a.Id, AppRoles.Label(a.Role),
            a.ProjectId is { } p ? projectNames.GetValueOrDefault(p) : a.RegionId is { } r ? regions.FirstOrDefault(x => x.Id == r)?.Name : null))];
        RoleOptions = [.. AppRoles.All.Select(r => new SelectListItem(r.Label, ((int)r.Role).ToString(CultureInfo.InvariantCulture)))];
        Regions = [.. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))];
        Projects = [.. await db.Projects.AsNoTracking().OrderBy(p => p.Title).Take(1000)
            .Select(p => new SelectListItem(p.Title + " (" + p.Region!.ShortName + ")", p.Id.ToString())).ToListAsync(cancellationToken)];
        return null;
    }
}
