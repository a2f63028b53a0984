using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// Signs in a request with <c>Authorization: Bearer mr_pat_…</c>: the token's person, with the same claims the
/// sign-in cookie carries (so the same roles and scopes decide), as long as the token is neither revoked nor expired
/// and the account is neither locked nor deleted. Only endpoints that name this scheme use it (the write API).
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    /// <summary>The claim with the id of the token a request was signed in with.</summary>
    public const string TokenIdClaim = "pat_id";

    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Kein Bearer-Token.");
        }

        var secret = header["Bearer ".Length..].Trim();
        if (TokenSecrets.PrefixOf(secret) is not { } prefix)
        {
            return AuthenticateResult.Fail("Unbekanntes Token.");
        }

        var candidates = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.Prefix == prefix).ToListAsync(Context.RequestAborted);
        var token = candidates.FirstOrDefault(t => TokenSecrets.Matches(secret, t.TokenHash));
        var now = db.UtcNow;
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail("Das Token ist unbekannt, widerrufen oder abgelaufen.");
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Das Konto ist gesperrt oder gelöscht.");
        }

        if (token.LastUsedAt is null || token.LastUsedAt < now - LastUsedGranularity)
        {
            // Outside the audit trail: using a token is not a change of the record.
            var threshold = now - LastUsedGranularity;
            await db.PersonalAccessTokens.Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < threshold))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = await claims.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 as problem details with <c>WWW-Authenticate: Bearer</c>.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var hasToken = !string.IsNullOrEmpty(Request.Headers.Authorization);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = hasToken && result.Failure is not null
            ? "Bearer realm=\"Modellregion\", error=\"invalid_token\""
            : "Bearer realm=\"Modellregion\"";
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = AccountTexts.Of("AccessTokens.Unauthorized").Localize(Context.RequestServices),
            Detail = AccountTexts.Of(hasToken ? "AccessTokens.TheTokenIsInvalid" : "AccessTokens.ATokenIsRequired").Localize(Context.RequestServices),
        };
        await Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", Context.RequestAborted);
    }
}

/// <summary>The policy of endpoints that accept a personal access token and nothing else (the write API).</summary>
public static class AccessTokenPolicies
{
    /// <summary>Signed in with <see cref="PersonalAccessTokenHandler"/> only: a sign-in cookie is not looked at.</summary>
    public const string Bearer = "Account.BearerOnly";
}
