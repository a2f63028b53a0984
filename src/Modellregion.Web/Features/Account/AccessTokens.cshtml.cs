using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>The signed-in person's access tokens for the write API: list, create (secret shown once), revoke.</summary>
public sealed class AccessTokensModel(ManageAccessTokens tokens) : BackOfficePageModel
{
    [BindProperty]
    public AccessTokenInput Input { get; set; } = new();

    public IReadOnlyList<AccessTokenRow> Tokens { get; private set; } = [];

    /// <summary>The token just created, with its secret: only in the answer to the creating request, never stored.</summary>
    public CreatedAccessToken? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await tokens.ListAsync(cancellationToken), view =>
        {
            Tokens = view.Tokens;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, created) = await tokens.CreateAsync(Input, ModelState.IsValid, cancellationToken);
        Tokens = result.Form?.Tokens ?? [];
        if (result.Outcome is Outcome.Saved && created is not null)
        {
            // Shown in this answer only: a reload (GET) does not show it again.
            Created = created;
            Input = new AccessTokenInput();
            ModelState.Clear();
            Response.Headers.CacheControl = "no-store";
            return Page();
        }

        return this.Show(result.Outcome);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken cancellationToken)
    {
        var result = await tokens.RevokeAsync(tokenId, cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = AccountTexts.Of("AccessTokens.TheTokenHasBeenRevoked").Stored;
            return Redirect("/verwaltung/konto/zugangstoken");
        }

        return this.Show(result.Outcome);
    }
}
