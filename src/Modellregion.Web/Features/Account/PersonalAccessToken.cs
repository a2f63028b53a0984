using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// A personal access token: lets its person call the write API with <c>Authorization: Bearer mr_pat_…</c>, with
/// exactly the rights the person has (ADR 0017). Only the SHA-256 of the secret is stored; the secret is shown once.
/// </summary>
public class PersonalAccessToken : IAudited
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }

    /// <summary>What the person calls it ("Import aus unserem Projektwiki").</summary>
    public required string Name { get; set; }

    /// <summary>The beginning of the secret (<c>mr_pat_</c> and 8 characters), to recognise a token in lists and logs.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret (bytes: never written into the audit trail).</summary>
    public required byte[] TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>When the token was last used, updated at most once a minute (outside the audit trail).</summary>
    public DateTime? LastUsedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>Revokes the token; revoking twice keeps the first time.</summary>
    public void Revoke(DateTime now) => RevokedAt ??= now;
}

/// <summary>The format of a token's secret and how it is hashed and compared.</summary>
public static class TokenSecrets
{
    public const string Marker = "mr_pat_";
    public const int PrefixLength = 8;

    /// <summary>A new secret: <c>mr_pat_</c> and 32 random bytes in base64url (43 characters).</summary>
    public static string Create() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The public part of a secret, or null when it does not have the format.</summary>
    public static string? PrefixOf(string secret) =>
        secret.StartsWith(Marker, StringComparison.Ordinal) && secret.Length == Marker.Length + 43 ? secret[..(Marker.Length + PrefixLength)] : null;

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="hash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(secret), hash);
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(20);
        builder.Property(t => t.TokenHash).HasMaxLength(32);
        builder.HasIndex(t => t.Prefix);
        builder.HasIndex(t => t.UserId);
    }
}
