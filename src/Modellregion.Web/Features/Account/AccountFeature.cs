using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Account;

public sealed class AccountFeature : IFeatureModule
{
    public const string LoginPath = "/verwaltung/anmelden";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddIdentityCore<ApplicationUser>(ConfigureIdentity)
            .AddSignInManager<AccountSignIn>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddPasswordValidator<PasswordRules>()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>();

        // Sessions end soon after a change of roles, password or second factor: the cookie's security stamp is
        // compared with the account's every minute (Account:SecurityStampValidationInterval).
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = configuration.GetValue("Account:SecurityStampValidationInterval", TimeSpan.FromMinutes(1)));
        services.AddOptions<SecondFactorSettings>().Configure<IHostEnvironment>((settings, environment) => SecondFactorSettings.Configure(settings, configuration, environment));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.LogoutPath = "/verwaltung/abmelden";
            options.AccessDeniedPath = "/fehler/403";
            options.Cookie.Name = "modellregion.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        services.AddScoped<ManageUsers>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ManageAccessTokens>();
        services.AddScoped<ManageSecondFactor>();
        services.AddSingleton<IBackOfficeArea, AccountBackOffice>();
        services.AddSingleton<IBackOfficeArea, AccessTokensBackOffice>();
        services.AddSingleton<IBackOfficeArea, SecondFactorBackOffice>();
        services.AddScoped<IPersonalDataSource, AccountPersonalDataSource>();
        services.AddSingleton(new ProcessingActivity(10, AccountTexts.Of("Privacy.Activity.Name"), AccountTexts.Of("Privacy.Activity.Purpose"),
            AccountTexts.Of("Privacy.Activity.LegalBasis"), AccountTexts.Of("Privacy.Activity.Subjects"), AccountTexts.Of("Privacy.Activity.Categories"),
            AccountTexts.Of("Privacy.Activity.Recipients"), AccountTexts.Of("Privacy.Activity.Retention"), "Account, Audit"));
        AddScopes(services);

        // Authorization: accounts and roles
        services.AddScoped<IAuthorizationHandler, AccountAuthorization>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessTokenPolicies.Bearer, policy => policy.AddAuthenticationSchemes(PersonalAccessTokenHandler.SchemeName).RequireAuthenticatedUser());
        services.AddScoped<IAuthorizationHandler, AccessTokenAuthorization>();
        services.AddScoped<IAuthorizationHandler, AccessTokenCreateAuthorization>();
        services.AddScoped<IAuthorizationHandler, SecondFactorAuthorization>();
    }

    /// <summary>The gate that sends people who must set up a second factor to its page (<see cref="SecondFactorGate"/>).</summary>
    public void Use(IApplicationBuilder app) => app.UseMiddleware<SecondFactorGate>();

    /// <summary>Accounts without sign-in: users, roles and the authorization gate for the command line.</summary>
    public void AddCommandLineServices(IServiceCollection services)
    {
        services.AddIdentityCore<ApplicationUser>(ConfigureIdentity)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddPasswordValidator<PasswordRules>();
        services.AddScoped<ManageUsers>();
        AddScopes(services);
    }

    /// <summary>
    /// The authorization gate every feature's handlers plug into: the person's scopes once per request, the
    /// authorization service and the policy for plain back-office pages. Also used by the command line.
    /// </summary>
    public static IServiceCollection AddScopes(IServiceCollection services)
    {
        services.AddScoped<CurrentUser>();
        services.AddScoped<IScopeSource>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicies.AnyRole, policy => policy.RequireAuthenticatedUser().AddRequirements(new BackOfficePolicies.AnyRoleRequirement()));
        services.AddScoped<IAuthorizationHandler, BackOfficePolicies.AnyRoleHandler>();
        return services;
    }

    /// <summary>
    /// Password, lockout and account rules, shared by the web app and the command line. Passwords after the BSI's
    /// guidance: length over composition (at least 12 characters, no forced character classes), the rest in
    /// <see cref="PasswordRules"/>.
    /// </summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = PasswordRules.MinLength;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Adds the display name to the sign-in cookie, for the header and the audit trail.</summary>
    /// <summary>
    /// Also marks a person who must use a second factor and has none set up (<see cref="SecondFactorClaims"/>): made
    /// at sign-in and at every check of the security stamp, which a change of roles renews.
    /// </summary>
    private sealed class DisplayNameClaimsFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options, AppDbContext db, IOptions<SecondFactorSettings> secondFactor)
        : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            identity.AddClaim(new Claim("display_name", string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
            if (secondFactor.Value.Required && !user.TwoFactorEnabled
                && secondFactor.Value.AppliesTo(await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == user.Id).Select(a => a.Role).ToListAsync()))
            {
                identity.AddClaim(new Claim(SecondFactorClaims.SetupRequired, "true"));
            }

            return identity;
        }
    }
}

/// <summary>Identity's messages in German.</summary>
public sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Die E-Mail-Adresse „{email}“ ist bereits vergeben." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Der Benutzername „{userName}“ ist bereits vergeben." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"„{email}“ ist keine gültige E-Mail-Adresse." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Der Benutzername „{userName}“ enthält unzulässige Zeichen." };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Das Passwort muss mindestens {length} Zeichen lang sein. Am sichersten ist ein langer Satz oder mehrere Wörter." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Das Passwort muss mindestens eine Ziffer enthalten." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Das Passwort muss mindestens einen Kleinbuchstaben enthalten." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Das Passwort muss mindestens einen Großbuchstaben enthalten." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Das Passwort muss mindestens ein Sonderzeichen enthalten." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Das Passwort ist falsch." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Der Datensatz wurde inzwischen geändert. Bitte laden Sie die Seite neu." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Ein unbekannter Fehler ist aufgetreten." };
}
