using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// Identity's sign-in with equal work for unknown and known accounts: when no account has the e-mail address, the
/// password is still checked by the password hasher, against a fixed hash made once with the same settings, so the
/// answer takes as long as a wrong password of an existing account and does not tell which addresses exist.
/// </summary>
public sealed class AccountSignIn(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly Lock DummyLock = new();
    private static string? _dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // The same hashing as for an existing account; the result is ignored.
            UserManager.PasswordHasher.VerifyHashedPassword(Dummy, DummyHash(), password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    private static readonly ApplicationUser Dummy = new() { Id = "00000000-0000-0000-0000-000000000000", UserName = "unbekannt@invalid" };

    /// <summary>A hash of a random password, made once with the app's hasher settings (iterations, algorithm).</summary>
    private string DummyHash()
    {
        if (_dummyHash is { } hash)
        {
            return hash;
        }

        lock (DummyLock)
        {
            return _dummyHash ??= UserManager.PasswordHasher.HashPassword(Dummy, Guid.NewGuid().ToString("N"));
        }
    }
}
