using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>Where a registration stands.</summary>
public enum RegistrationStatus
{
    /// <summary>Registered, waiting for the person to confirm the e-mail address (double opt-in).</summary>
    Unconfirmed = 0,

    /// <summary>Has a place.</summary>
    Confirmed = 1,

    /// <summary>Confirmed the address, but every place was taken: on the waitlist, in order of <see cref="Registration.WaitingSince"/>.</summary>
    Waiting = 2,

    /// <summary>A freed place is held for this person until <see cref="Registration.OfferExpiresAt"/>.</summary>
    Offered = 3,

    /// <summary>Cancelled by the person or the office; the place (if any) went to the next person waiting.</summary>
    Cancelled = 4,

    /// <summary>An offer that was not taken in time; the place passed on.</summary>
    OfferExpired = 5,
}

/// <summary>
/// One person's registration for one registration type of an event. Its state changes only through the methods
/// below, which say whether a place is taken or freed; the caller books that against
/// <see cref="EventTicketType.Taken"/> in the same transaction (<see cref="Places"/>). Personal data is erased after
/// the retention period (<see cref="Anonymise"/>); the audit records that it changed, never its value.
/// </summary>
public class Registration : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int TicketTypeId { get; set; }
    public EventTicketType? TicketType { get; set; }

    public RegistrationStatus Status { get; set; }

    [ErasablePersonalData]
    public string? Name { get; set; }

    [ErasablePersonalData]
    public string? Email { get; set; }

    /// <summary>The e-mail address folded for comparison; one registration per address and event.</summary>
    [ErasablePersonalData]
    public string? EmailKey { get; set; }

    /// <summary>An organisation of the directory the person named.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>An organisation not yet in the directory, as typed.</summary>
    [ErasablePersonalData]
    public string? NewOrganisationName { get; set; }

    [ErasablePersonalData]
    public string? AccessibilityNeeds { get; set; }

    /// <summary>When the person consented to the privacy notice.</summary>
    public DateTime ConsentedAt { get; set; }

    /// <summary>Optional consent: show the organisation among the participants.</summary>
    public bool ShowOrganisation { get; set; }

    /// <summary>Optional consent: add the organisation to the region's directory.</summary>
    public bool AddToDirectory { get; set; }

    /// <summary>SHA-256 of the token in the confirmation link (double opt-in).</summary>
    public string? ConfirmTokenHash { get; set; }

    /// <summary>SHA-256 of the token of the personal link (view, change, cancel).</summary>
    public string? ManageTokenHash { get; set; }

    /// <summary>The opaque token in the ticket's QR code (random; it says nothing about the person).</summary>
    public string? TicketToken { get; set; }

    /// <summary>A short code printed on the ticket, for check-in by hand; unique within the event.</summary>
    public string? ShortCode { get; set; }

    public DateTime? ConfirmedAt { get; set; }
    public DateTime? WaitingSince { get; set; }
    public DateTime? OfferedAt { get; set; }
    public DateTime? OfferExpiresAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public DateTime? CheckedInAt { get; set; }

    /// <summary>Moved up the waitlist by the office: why (audited).</summary>
    public string? PriorityReason { get; set; }

    /// <summary>When the personal data was erased (after the retention period or on request).</summary>
    public DateTime? AnonymisedAt { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Holds a place (confirmed, or an open offer).</summary>
    public bool HoldsPlace => Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered;

    /// <summary>The e-mail address confirmed: with a place if <paramref name="placeTaken"/>, on the waitlist otherwise.</summary>
    public void ConfirmAddress(bool placeTaken, DateTime utcNow)
    {
        Require(Status == RegistrationStatus.Unconfirmed);
        ConfirmTokenHash = null;
        if (placeTaken)
        {
            Status = RegistrationStatus.Confirmed;
            ConfirmedAt = utcNow;
        }
        else
        {
            Status = RegistrationStatus.Waiting;
            WaitingSince = utcNow;
        }
    }

    /// <summary>A freed place is held for this person until <paramref name="expiresAt"/> (the place is taken by the caller).</summary>
    public void Offer(DateTime utcNow, DateTime expiresAt)
    {
        Require(Status == RegistrationStatus.Waiting);
        Status = RegistrationStatus.Offered;
        OfferedAt = utcNow;
        OfferExpiresAt = expiresAt;
    }

    /// <summary>The person takes the offered place in time.</summary>
    public void AcceptOffer(DateTime utcNow)
    {
        Require(Status == RegistrationStatus.Offered && OfferExpiresAt > utcNow);
        Status = RegistrationStatus.Confirmed;
        ConfirmedAt = utcNow;
        OfferExpiresAt = null;
    }

    /// <summary>The offer was not taken in time; returns true: its place is freed.</summary>
    public bool ExpireOffer(DateTime utcNow)
    {
        Require(Status == RegistrationStatus.Offered && OfferExpiresAt <= utcNow);
        Status = RegistrationStatus.OfferExpired;
        return true;
    }

    /// <summary>Cancelled; returns whether a place is freed.</summary>
    public bool Cancel(DateTime utcNow)
    {
        Require(Status is not (RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired) && CheckedInAt is null);
        var freed = HoldsPlace;
        Status = RegistrationStatus.Cancelled;
        CancelledAt = utcNow;
        OfferExpiresAt = null;
        return freed;
    }

    /// <summary>
    /// The office moves a waiting person to the front of the waitlist, before <paramref name="firstWaitingSince"/> (the
    /// first person waiting now, or null when nobody else waits), and says why.
    /// </summary>
    public void MoveUp(DateTime? firstWaitingSince, string reason)
    {
        Require(Status == RegistrationStatus.Waiting && !string.IsNullOrWhiteSpace(reason));
        if (firstWaitingSince is { } first && first <= WaitingSince)
        {
            WaitingSince = first.AddMilliseconds(-1);
        }

        PriorityReason = reason;
    }

    /// <summary>Checked in at the entrance with the ticket.</summary>
    public void CheckIn(DateTime utcNow)
    {
        Require(Status == RegistrationStatus.Confirmed && CheckedInAt is null);
        CheckedInAt = utcNow;
    }

    /// <summary>Erases the personal data; status, type and times stay for the attendance figures.</summary>
    public void Anonymise(DateTime utcNow)
    {
        Name = null;
        Email = null;
        EmailKey = null;
        NewOrganisationName = null;
        AccessibilityNeeds = null;
        ConfirmTokenHash = null;
        ManageTokenHash = null;
        TicketToken = null;
        AnonymisedAt = utcNow;
    }

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("This step is not allowed from the registration's current state.");
        }
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.EmailKey).HasMaxLength(254);
        builder.Property(r => r.NewOrganisationName).HasMaxLength(200);
        builder.Property(r => r.AccessibilityNeeds).HasMaxLength(1000);
        builder.Property(r => r.ConfirmTokenHash).HasMaxLength(64);
        builder.Property(r => r.ManageTokenHash).HasMaxLength(64);
        builder.Property(r => r.TicketToken).HasMaxLength(64);
        builder.Property(r => r.ShortCode).HasMaxLength(12);
        builder.Property(r => r.PriorityReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.TicketType).WithMany().HasForeignKey(r => r.TicketTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);

        // One registration per address and event (a cancelled one is reused when the person registers again).
        builder.HasIndex(r => new { r.EventId, r.EmailKey }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.ShortCode }).IsUnique();
        builder.HasIndex(r => r.ConfirmTokenHash);
        builder.HasIndex(r => r.ManageTokenHash);
        builder.HasIndex(r => r.TicketToken);
        builder.HasIndex(r => new { r.TicketTypeId, r.Status, r.WaitingSince });
        builder.HasIndex(r => new { r.Status, r.OfferExpiresAt });
    }
}
