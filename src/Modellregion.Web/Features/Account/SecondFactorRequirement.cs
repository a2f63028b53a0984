using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// Who must use a second factor: <c>Account:RequireTwoFactor</c> (on by default, off in Development and in the test
/// host) for the roles in <c>Account:RequireTwoFactorFor</c> (role keys such as <c>administrator</c>,
/// <c>projektbuero</c>; by default administrators and project offices).
/// </summary>
public sealed class SecondFactorSettings
{
    public bool Required { get; set; }

    public IReadOnlyList<AppRole> Roles { get; set; } = [AppRole.Administrator, AppRole.ProjectOffice];

    /// <summary>Whether a person with these roles must have a second factor.</summary>
    public bool AppliesTo(IEnumerable<AppRole> roles) => Required && roles.Any(Roles.Contains);

    /// <summary>Reads the settings; unknown role keys stop the start with a German message.</summary>
    public static void Configure(SecondFactorSettings settings, IConfiguration configuration, IHostEnvironment environment)
    {
        settings.Required = configuration.GetValue<bool?>("Account:RequireTwoFactor")
            ?? !(environment.IsDevelopment() || environment.IsEnvironment("Testing"));
        if (configuration.GetSection("Account:RequireTwoFactorFor").Get<string[]>() is { } keys)
        {
            settings.Roles = [.. keys.Select(key => AppRoles.FromKey(key)
                ?? throw new InvalidOperationException($"Account:RequireTwoFactorFor nennt die unbekannte Rolle „{key}“ (bekannt: {string.Join(", ", AppRoles.All.Select(r => r.Key))})."))];
        }
    }
}

/// <summary>
/// The claim the sign-in cookie carries while a person who must use a second factor has none set up. It is made with
/// the cookie (at sign-in and at every check of the security stamp), so the gate needs no database.
/// </summary>
public static class SecondFactorClaims
{
    public const string SetupRequired = "modellregion:second_factor_setup";

    public const string SetupPath = "/verwaltung/konto/zwei-faktor";
}

/// <summary>
/// Sends a signed-in person who must set up a second factor to its set-up page from every page of the back office
/// and the board members' area, until it is set up; signing out stays possible.
/// </summary>
public sealed class SecondFactorGate(RequestDelegate next, IOptions<SecondFactorSettings> settings)
{
    private static readonly PathString[] Guarded = ["/verwaltung", "/digitalboard/mitglieder"];
    private static readonly PathString[] Open = [SecondFactorClaims.SetupPath, "/verwaltung/abmelden", AccountFeature.LoginPath];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (settings.Value.Required && Guarded.Any(g => path.StartsWithSegments(g)) && !Open.Any(o => path.StartsWithSegments(o)))
        {
            // Authentication runs once per request: the pipeline's own step later reuses this result.
            var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (result.Succeeded && result.Principal.HasClaim(c => c.Type == SecondFactorClaims.SetupRequired))
            {
                context.Response.Redirect(SecondFactorClaims.SetupPath);
                return;
            }
        }

        await next(context);
    }
}
