using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>One's own second factor: set up the authenticator app, recovery codes (shown once), switch off.</summary>
public sealed class SecondFactorModel(ManageSecondFactor secondFactor) : BackOfficePageModel
{
    [BindProperty]
    public AuthenticatorCodeInput Input { get; set; } = new();

    public SecondFactorView View { get; private set; } = null!;

    /// <summary>Recovery codes just made: only in the answer to the request that made them, never stored in clear.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await secondFactor.ViewAsync(cancellationToken), view =>
        {
            View = view;
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, codes) = await secondFactor.EnableAsync(Input, ModelState.IsValid, cancellationToken);
        return ShowCodes(result, codes);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (result, codes) = await secondFactor.NewRecoveryCodesAsync(cancellationToken);
        return ShowCodes(result, codes);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await secondFactor.DisableAsync(cancellationToken);
        if (result.Outcome is Outcome.Saved)
        {
            Notice = AccountTexts.Of("SecondFactor.Disabled").Stored;
            return Redirect(SecondFactorClaims.SetupPath);
        }

        View = result.Form!;
        return this.Show(result.Outcome);
    }

    private IActionResult ShowCodes(FormOutcome<SecondFactorView> result, IReadOnlyList<string>? codes)
    {
        if (result.Form is { } view)
        {
            View = view;
        }

        if (result.Outcome is Outcome.Saved && codes is not null)
        {
            // Shown in this answer only: a reload (GET) does not show them again.
            RecoveryCodes = codes;
            Input = new AuthenticatorCodeInput();
            ModelState.Clear();
            Response.Headers.CacheControl = "no-store";
            return Page();
        }

        return this.Show(result.Outcome);
    }
}
