using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>A new token as entered: its name and how many days it is valid.</summary>
public sealed class AccessTokenInput
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    [Required(ErrorMessage = "AccessTokens.PleaseEnterAName")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "AccessTokens.TheNameMustBe2To100")]
    [PlainText]
    [Display(Name = "AccessTokens.Name")]
    public string Name { get; set; } = "";

    [Range(1, MaxDays, ErrorMessage = "AccessTokens.TheValidityMustBe1To365")]
    [Display(Name = "AccessTokens.ValidForDays")]
    public int ValidForDays { get; set; } = DefaultDays;
}

/// <summary>One token as its list shows it (never the secret or its hash).</summary>
public sealed record AccessTokenRow(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt, bool IsActive);

/// <summary>The person's tokens.</summary>
public sealed record AccessTokensView(IReadOnlyList<AccessTokenRow> Tokens);

/// <summary>A token just created, with its secret: shown once, never stored.</summary>
public sealed record CreatedAccessToken(int Id, string Name, string Secret, DateTime ExpiresAt);

/// <summary>What can be done with personal access tokens.</summary>
public static class AccessTokenOperations
{
    /// <summary>Create and list one's own tokens: every person with a role in the back office.</summary>
    public static readonly OperationAuthorizationRequirement Create = new() { Name = "Account.CreateAccessToken" };

    /// <summary>Revoke a token: its owner or an administrator.</summary>
    public static readonly OperationAuthorizationRequirement Revoke = new() { Name = "Account.RevokeAccessToken" };
}

/// <summary>Decides <see cref="AccessTokenOperations.Revoke"/> on a token: its owner, or an administrator.</summary>
public sealed class AccessTokenAuthorization(IScopeSource scopes) : AuthorizationHandler<OperationAuthorizationRequirement, PersonalAccessToken>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonalAccessToken resource)
    {
        if (requirement == AccessTokenOperations.Revoke
            && (context.User.FindFirstValue(ClaimTypes.NameIdentifier) == resource.UserId || (await scopes.ScopesOfAsync(context.User)).IsAdministrator))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Decides <see cref="AccessTokenOperations.Create"/>: anyone signed in with a role.</summary>
public sealed class AccessTokenCreateAuthorization(IScopeSource scopes) : ScopesHandler(scopes)
{
    public override IReadOnlyCollection<OperationAuthorizationRequirement> Operations { get; } = [AccessTokenOperations.Create];

    protected override bool Allows(Scopes scopes, OperationAuthorizationRequirement operation) => scopes.HasAnyRole;
}

/// <summary>
/// The signed-in person's personal access tokens (<c>/verwaltung/konto/zugangstoken</c>): lists them, creates one
/// (the secret is returned once, only its SHA-256 is stored) and revokes one (owner or administrator). Creating and
/// revoking are written to the audit trail like every change; the hash is bytes and never recorded.
/// </summary>
public sealed class ManageAccessTokens(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Result<AccessTokensView>> ListAsync(CancellationToken cancellationToken = default) =>
        await MayCreateAsync() && currentUser.Id is { } userId ? await ViewAsync(userId, cancellationToken) : new Outcome.Forbidden();

    /// <param name="fieldsValid">Whether the bound input kept its field rules.</param>
    public async Task<(FormOutcome<AccessTokensView> Result, CreatedAccessToken? Created)> CreateAsync(AccessTokenInput input, bool fieldsValid, CancellationToken cancellationToken = default)
    {
        if (!await MayCreateAsync() || currentUser.Id is not { } userId)
        {
            return (new Outcome.Forbidden(), null);
        }

        var outcome = fieldsValid ? Validate(input) : Outcome.Invalid.BoundInput();
        if (outcome is not null)
        {
            return (new FormOutcome<AccessTokensView>(outcome, await ViewAsync(userId, cancellationToken)), null);
        }

        var secret = TokenSecrets.Create();
        var now = db.UtcNow;
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = input.Name.Trim(),
            Prefix = TokenSecrets.PrefixOf(secret)!,
            TokenHash = TokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.ValidForDays),
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (new FormOutcome<AccessTokensView>(new Outcome.Saved(token.Id), await ViewAsync(userId, cancellationToken)),
            new CreatedAccessToken(token.Id, token.Name, secret, token.ExpiresAt));
    }

    public async Task<FormOutcome<AccessTokensView>> RevokeAsync(int tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, token, AccessTokenOperations.Revoke))
        {
            return new Outcome.Forbidden();
        }

        token.Revoke(db.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(token.Id);
    }

    private static Outcome.Invalid? Validate(AccessTokenInput input)
    {
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length is < 2 or > 100)
        {
            errors.Add(nameof(input.Name), AccountTexts.Of("AccessTokens.TheNameMustBe2To100", AccountTexts.Of("AccessTokens.Name")));
        }
        else if (!PlainText.IsPlain(input.Name))
        {
            errors.Add(nameof(input.Name), AccountTexts.Of("AccessTokens.NoEmoji"));
        }

        if (input.ValidForDays is < 1 or > AccessTokenInput.MaxDays)
        {
            errors.Add(nameof(input.ValidForDays), AccountTexts.Of("AccessTokens.TheValidityMustBe1To365", AccountTexts.Of("AccessTokens.ValidForDays")));
        }

        return errors.Any ? errors.ToOutcome() : null;
    }

    private Task<bool> MayCreateAsync() => authorization.AllowsAsync(currentUser.Principal, null, AccessTokenOperations.Create);

    private async Task<AccessTokensView> ViewAsync(string userId, CancellationToken cancellationToken)
    {
        var now = db.UtcNow;
        var tokens = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new { t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt })
            .ToListAsync(cancellationToken);
        return new AccessTokensView([.. tokens.Select(t => new AccessTokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.RevokedAt is null && t.ExpiresAt > now))]);
    }
}
