using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// A record published through OParl: it keeps its creation and change times, and it is never removed from the
/// database but marked deleted, so that clients syncing with <c>modified_since</c> learn of the deletion.
/// </summary>
public interface IOParlRecord : ITimestamped
{
    DateTime? DeletedAt { get; set; }
}

public enum BoardKind
{
    /// <summary>Das Digitalboard der Region.</summary>
    Board = 1,

    /// <summary>Eine Arbeitsgruppe des Digitalboards.</summary>
    WorkingGroup = 2,
}

/// <summary>
/// The region's steering committee (Digitalboard) or one of its working groups. In OParl it is an
/// Organization of the region's Body.
/// </summary>
public class Board : IAudited, IVersioned, IOParlRecord
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }

    /// <summary>The board a working group belongs to.</summary>
    public int? ParentBoardId { get; set; }
    public Board? ParentBoard { get; set; }
    public BoardKind Kind { get; set; } = BoardKind.Board;
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The board's rule of procedure for a quorum: it may decide when more than this share (percent) of its
    /// members with a voting right are present and free of a conflict of interest. 50 means "more than half".
    /// </summary>
    public int QuorumPercent { get; set; } = 50;

    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<BoardMembership> Memberships { get; set; } = [];
    public List<SourceReference> Sources { get; set; } = [];
    public bool IsSynthetic { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A person named as a board member. Only people the sources name are recorded; nothing here is a login.</summary>
public class BoardPerson : IAudited, IVersioned, IOParlRecord
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Name { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }

    /// <summary>E.g. "Bürgermeister".</summary>
    public string? FormOfAddress { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
    public bool IsSynthetic { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum BoardRole
{
    Chair = 1,
    Member = 2,
    Deputy = 3,
}

public static class BoardRoles
{
    public static string Label(BoardRole role) => role switch
    {
        BoardRole.Chair => "Vorsitz",
        BoardRole.Member => "Mitglied",
        BoardRole.Deputy => "stellvertretendes Mitglied",
        _ => role.ToString(),
    };
}

/// <summary>
/// A seat on a board: the organisation represented, the role, the term, the voting right and whose deputy it is.
/// The seat is kept apart from login rights: it may name no person at all (then the organisation holds the seat),
/// and a linked account only opens the members' area; it grants no back-office rights.
/// </summary>
public class BoardMembership : IAudited, IVersioned, IOParlRecord
{
    public int Id { get; set; }
    public int BoardId { get; set; }
    public Board? Board { get; set; }

    /// <summary>The person holding the seat, where the sources name one.</summary>
    public int? PersonId { get; set; }
    public BoardPerson? Person { get; set; }

    /// <summary>The organisation the member represents.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public BoardRole Role { get; set; } = BoardRole.Member;
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public bool HasVotingRight { get; set; } = true;

    /// <summary>For a deputy: the seat he stands in for.</summary>
    public int? DeputyOfId { get; set; }
    public BoardMembership? DeputyOf { get; set; }

    /// <summary>Where invitations go. Never published.</summary>
    public string? InvitationEmail { get; set; }

    /// <summary>An account that may open the members' area for this seat. Never published; grants no other rights.</summary>
    public string? UserId { get; set; }
    public ApplicationUser? User { get; set; }

    public string? Note { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
    public bool IsSynthetic { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsActiveOn(DateOnly day) => DeletedAt is null && (StartsOn is null || StartsOn <= day) && (EndsOn is null || EndsOn >= day);

    /// <summary>"Michael Dreier (Stadt Paderborn)" or, without a named person, "Stadt Paderborn".</summary>
    public string DisplayName => Person is { } person
        ? Organisation is { } organisation ? $"{person.Name} ({organisation.Name})" : person.Name
        : Organisation?.Name ?? "Mitglied ohne Angabe";
}

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.ShortName).HasMaxLength(60);
        builder.Property(b => b.Description).HasMaxLength(20000);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne(b => b.Region).WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.ParentBoard).WithMany().HasForeignKey(b => b.ParentBoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.RegionId, b.Id });
        builder.OwnsSources(b => b.Sources, "BoardSources");
    }
}

internal sealed class BoardPersonConfiguration : IEntityTypeConfiguration<BoardPerson>
{
    public void Configure(EntityTypeBuilder<BoardPerson> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.FormOfAddress).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.RegionId, p.Id });
        builder.OwnsSources(p => p.Sources, "BoardPersonSources");
    }
}

internal sealed class BoardMembershipConfiguration : IEntityTypeConfiguration<BoardMembership>
{
    public void Configure(EntityTypeBuilder<BoardMembership> builder)
    {
        builder.HasOne(m => m.Board).WithMany(b => b.Memberships).HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.DeputyOf).WithMany().HasForeignKey(m => m.DeputyOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.InvitationEmail).HasMaxLength(256);
        builder.Property(m => m.Note).HasMaxLength(300);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.UserId);
        builder.OwnsSources(m => m.Sources, "BoardMembershipSources");
    }
}
