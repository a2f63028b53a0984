using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Account.Admin;

public sealed class UserRolesModel(UserAdministration users) : BackOfficePageModel
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
        this.Show(await users.AccountAsync(userId, cancellationToken), view =>
        {
            Use(view);
            return Page();
        });

    public async Task<IActionResult> OnPostAssignAsync(string userId, CancellationToken cancellationToken) =>
        Finish(userId, await users.AssignAsync(userId, Input, ModelState.IsValid, cancellationToken), AccountTexts.Of("UserRoles.RoleAssigned"));

    public async Task<IActionResult> OnPostRemoveAsync(string userId, int assignmentId, CancellationToken cancellationToken) =>
        Finish(userId, await users.RemoveAsync(userId, assignmentId, cancellationToken), AccountTexts.Of("UserRoles.RoleRemoved"));

    public async Task<IActionResult> OnPostLockAsync(string userId, bool locked, CancellationToken cancellationToken) =>
        Finish(userId, await users.SetLockedAsync(userId, locked, cancellationToken), AccountTexts.Of(locked ? "UserRoles.AccountLocked" : "UserRoles.AccountUnlocked"));

    private IActionResult Finish(string userId, FormOutcome<AccountView> result, Message notice)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice.Stored;
            return Redirect($"/verwaltung/benutzer/{userId}");
        }

        if (result.Form is { } view)
        {
            Use(view);
        }

        return this.Show(result.Outcome);
    }

    private void Use(AccountView view) =>
        (Account, IsLocked, Roles, RoleOptions, Regions, Projects) = (view.Account, view.IsLocked, view.Roles, view.RoleOptions, view.Regions, view.Projects);
}
