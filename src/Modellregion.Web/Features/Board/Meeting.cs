using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public enum MeetingState
{
    Planned = 1,
    Invited = 2,
    Held = 3,
    Cancelled = 4,
}

public static class MeetingStates
{
    public static string Label(MeetingState state) => state switch
    {
        MeetingState.Planned => "geplant",
        MeetingState.Invited => "eingeladen",
        MeetingState.Held => "durchgeführt",
        MeetingState.Cancelled => "abgesagt",
        _ => state.ToString(),
    };
}

/// <summary>A meeting (Sitzung) of a board: always public as such; its non-public items are not.</summary>
public class Meeting : IAudited, IVersioned, IOParlRecord, IHasBody
{
    /// <summary>Meetings that did not take place in reality must say so in their title.</summary>
    public const string ExamplePrefix = "Beispielsitzung";

    public int Id { get; set; }
    public int BoardId { get; set; }
    public Board? Board { get; set; }

    /// <summary>
    /// The body (region) of its board, copied when it is first saved (<see cref="BoardRegionCopy"/>; boards, meetings
    /// and papers never move): OParl lists a body's objects by this column and its index, so a page reads its own
    /// rows and never scans the objects of other bodies (ADR 0034).
    /// </summary>
    public int RegionId { get; set; }
    public required string Name { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? EndsAt { get; set; }
    public MeetingState State { get; set; } = MeetingState.Planned;
    public string? Room { get; set; }
    public string? StreetAddress { get; set; }
    public string? PostalCode { get; set; }
    public string? Locality { get; set; }

    /// <summary>The later meeting that approved this meeting's minutes (Niederschrift).</summary>
    public int? MinutesApprovedInMeetingId { get; set; }
    public Meeting? MinutesApprovedInMeeting { get; set; }

    public List<AgendaItem> Items { get; set; } = [];
    public List<MeetingInvitation> Invitations { get; set; } = [];
    public bool IsSynthetic { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsExample => Name.StartsWith(ExamplePrefix, StringComparison.Ordinal);

    public bool HasLocation => Room is not null || StreetAddress is not null || Locality is not null;

    public string? LocationText => HasLocation
        ? string.Join(", ", new[] { Room, StreetAddress, string.Join(' ', new[] { PostalCode, Locality }.Where(x => x is not null)) }.Where(x => !string.IsNullOrWhiteSpace(x)))
        : null;

    public DateOnly Day => Formatting.BerlinDate(StartsAt);
}

/// <summary>A numbered item of a meeting's agenda (Tagesordnungspunkt), public or non-public.</summary>
public class AgendaItem : IAudited, IVersioned, IOParlRecord, IHasBody
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The body (region) of its meeting's board, copied when it is first saved, as <see cref="Meeting.RegionId"/>.</summary>
    public int RegionId { get; set; }

    /// <summary>The number as printed, unique within the meeting, e.g. "3" or "3.1".</summary>
    public required string Number { get; set; }

    /// <summary>Position in the agenda.</summary>
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public bool IsPublic { get; set; } = true;

    /// <summary>When the item was first public: a later withdrawal is announced through OParl as a deletion.</summary>
    public DateTime? PublicSince { get; set; }

    /// <summary>The paper (Vorlage) dealt with under this item.</summary>
    public int? PaperId { get; set; }
    public Paper? Paper { get; set; }

    /// <summary>The minutes (Niederschrift) of this item.</summary>
    public string? Minutes { get; set; }
    public Resolution? Resolution { get; set; }
    public bool IsSynthetic { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum ResolutionResult
{
    Endorsed = 1,
    EndorsedWithChanges = 2,
    Rejected = 3,
    Deferred = 4,
    Noted = 5,
    NotQuorate = 6,
}

public static class ResolutionResults
{
    /// <summary>The label shown, which is also the OParl <c>result</c> (OParl leaves the wording to the server).</summary>
    public static string Label(ResolutionResult result) => result switch
    {
        ResolutionResult.Endorsed => "Befürwortet",
        ResolutionResult.EndorsedWithChanges => "Geändert befürwortet",
        ResolutionResult.Rejected => "Abgelehnt",
        ResolutionResult.Deferred => "Vertagt",
        ResolutionResult.Noted => "Zur Kenntnis genommen",
        ResolutionResult.NotQuorate => "Nicht beschlussfähig",
        _ => result.ToString(),
    };

    /// <summary>The category in the terms of common council information systems (OParl's examples).</summary>
    public static string OParlCategory(ResolutionResult result) => result switch
    {
        ResolutionResult.Endorsed => "Beschlossen",
        ResolutionResult.EndorsedWithChanges => "Geändert beschlossen",
        ResolutionResult.Rejected => "Abgelehnt",
        ResolutionResult.Deferred => "Vertagt",
        ResolutionResult.Noted => "Zur Kenntnis genommen",
        ResolutionResult.NotQuorate => "Nicht behandelt",
        _ => result.ToString(),
    };

    /// <summary>Results that need a quorum and a vote.</summary>
    public static bool IsVote(ResolutionResult result) =>
        result is ResolutionResult.Endorsed or ResolutionResult.EndorsedWithChanges or ResolutionResult.Rejected;
}

public enum VoteChoice
{
    None = 0,
    Yes = 1,
    No = 2,
    Abstain = 3,
}

/// <summary>The board's decision on an agenda item: tally, declared conflicts of interest, quorum, result and text.</summary>
public class Resolution : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public int AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public ResolutionResult Result { get; set; }
    public string? Text { get; set; }
    public int Yes { get; set; }
    public int No { get; set; }
    public int Abstentions { get; set; }

    /// <summary>Members present with a voting right and without a declared conflict, when the vote was taken.</summary>
    public int VotingMembersPresent { get; set; }

    /// <summary>Members with a voting right on the day (the basis of the quorum).</summary>
    public int VotingMembers { get; set; }
    public bool IsQuorate { get; set; }

    /// <summary>The project idea the board voted on; its lifecycle records the vote.</summary>
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>The lifecycle step written for the project.</summary>
    public long? StatusChangeId { get; set; }
    public StatusChange? StatusChange { get; set; }

    public List<ResolutionAttendance> Attendance { get; set; } = [];
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One member at the vote: present or not, a declared conflict of interest, the named vote if recorded.</summary>
public class ResolutionAttendance : IAudited
{
    public int Id { get; set; }
    public int ResolutionId { get; set; }
    public Resolution? Resolution { get; set; }
    public int MembershipId { get; set; }
    public BoardMembership? Membership { get; set; }
    public bool IsPresent { get; set; }
    public bool DeclaredConflict { get; set; }
    public VoteChoice Vote { get; set; }
}

/// <summary>An invitation sent for a meeting, with the addresses it went to.</summary>
public class MeetingInvitation : IAudited
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public DateTime SentAt { get; set; }
    public string? SentBy { get; set; }
    public List<InvitationRecipient> Recipients { get; set; } = [];
}

public class InvitationRecipient : IAudited
{
    public int Id { get; set; }
    public int InvitationId { get; set; }
    public MeetingInvitation? Invitation { get; set; }
    public int MembershipId { get; set; }
    public BoardMembership? Membership { get; set; }
    public required string Email { get; set; }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasOne(m => m.Board).WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.MinutesApprovedInMeeting).WithMany().HasForeignKey(m => m.MinutesApprovedInMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.MinutesApprovedInMeetingId).OnlyWhereSet();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Room).HasMaxLength(200);
        builder.Property(m => m.StreetAddress).HasMaxLength(200);
        builder.Property(m => m.PostalCode).HasMaxLength(10);
        builder.Property(m => m.Locality).HasMaxLength(100);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.BoardId, m.StartsAt });
        builder.HasIndex(m => new { m.RegionId, m.Id });
        builder.HasIndex(m => m.UpdatedAt);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.HasOne(i => i.Meeting).WithMany(m => m.Items).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Paper).WithMany().HasForeignKey(i => i.PaperId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.Minutes).HasMaxLength(20000);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // A number is used once per meeting; a deleted item gives its number back.
        builder.HasIndex(i => new { i.MeetingId, i.Number }).IsUnique().HasFilter("\"DeletedAt\" IS NULL");
        // All items of a meeting, deleted ones too (OParl lists with modified_since count and show them).
        builder.HasIndex(i => i.MeetingId);
        builder.HasIndex(i => new { i.RegionId, i.Id });
        builder.HasIndex(i => i.PaperId);
        builder.HasIndex(i => i.UpdatedAt);
    }
}

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.HasOne(r => r.AgendaItem).WithOne(i => i.Resolution).HasForeignKey<Resolution>(r => r.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.StatusChange).WithMany().HasForeignKey(r => r.StatusChangeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Text).HasMaxLength(20000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ProjectId).OnlyWhereSet();
        builder.HasIndex(r => r.StatusChangeId).OnlyWhereSet();
    }
}

internal sealed class ResolutionAttendanceConfiguration : IEntityTypeConfiguration<ResolutionAttendance>
{
    public void Configure(EntityTypeBuilder<ResolutionAttendance> builder)
    {
        builder.HasOne(a => a.Resolution).WithMany(r => r.Attendance).HasForeignKey(a => a.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Membership).WithMany().HasForeignKey(a => a.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ResolutionId, a.MembershipId }).IsUnique();
    }
}

internal sealed class MeetingInvitationConfiguration : IEntityTypeConfiguration<MeetingInvitation>
{
    public void Configure(EntityTypeBuilder<MeetingInvitation> builder)
    {
        builder.HasOne(i => i.Meeting).WithMany(m => m.Invitations).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.SentBy).HasMaxLength(256);
    }
}

internal sealed class InvitationRecipientConfiguration : IEntityTypeConfiguration<InvitationRecipient>
{
    public void Configure(EntityTypeBuilder<InvitationRecipient> builder)
    {
        builder.HasOne(r => r.Invitation).WithMany(i => i.Recipients).HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Membership).WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Email).HasMaxLength(256);
    }
}
