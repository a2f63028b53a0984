using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account.Admin;

public sealed class UsersModel(AppDbContext db, ManageUsers manage) : BackOfficePageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<Row> Users { get; private set; } = [];

    /// <summary>The generated password of a just created account, shown once.</summary>
    [TempData]
    public string? CreatedPassword { get; set; }

    [TempData]
    public string? CreatedEmail { get; set; }

    public sealed record Row(string Id, string Email, string DisplayName, bool IsLocked, IReadOnlyList<string> Roles);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).CanManageUsers)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await PermissionsAsync()).CanManageUsers)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var (outcome, created) = await manage.CreateAsync(Input, cancellationToken: cancellationToken);
        if (created is not null)
        {
            CreatedEmail = Input.Email.Trim();
            CreatedPassword = created.Password;
            return Redirect($"/verwaltung/benutzer/{created.UserId}");
        }

        return this.Show(outcome);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().Include(u => u.RoleAssignments).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        Users = [.. users.Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName, u.LockoutEnd > now,
            [.. u.RoleAssignments.Select(a => AppRoles.Label(a.Role)).Distinct()]))];
    }
}
