using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account.Admin;

public sealed class UsersModel(UserAdministration users) : BackOfficePageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    /// <summary>The generated password of a just created account, shown once.</summary>
    [TempData]
    public string? CreatedPassword { get; set; }

    [TempData]
    public string? CreatedEmail { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await users.ListAsync(cancellationToken), view =>
        {
            Users = view.Users;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, password) = await users.CreateAsync(Input, ModelState.IsValid, cancellationToken);
        if (result.Outcome is Outcome.Saved saved)
        {
            CreatedEmail = Input.Email.Trim();
            CreatedPassword = password;
            return Redirect($"/verwaltung/benutzer/{saved.Slug}");
        }

        Users = result.Form?.Users ?? [];
        return this.Show(result.Outcome);
    }
}
