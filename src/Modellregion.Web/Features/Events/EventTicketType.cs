using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>The kinds of place an event offers.</summary>
public enum TicketKind
{
    /// <summary>A seat in the room: with a ticket (QR code) for the check-in.</summary>
    OnSite = 0,

    /// <summary>Online participation: the stream's address once confirmed.</summary>
    Online = 1,
}

/// <summary>
/// A registration type of an event (vor Ort, online) with its capacity. <see cref="Taken"/> counts the places held
/// by confirmed participants and by open offers to people on the waitlist; it only changes through an atomic
/// conditional update in the database (<see cref="Places"/>), so no two requests can both take the last place.
/// </summary>
public class EventTicketType : IAudited, ITimestamped
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public TicketKind Kind { get; set; }

    /// <summary>How many places there are; 0 for a type without a limit is not allowed: every type has a capacity.</summary>
    public int Capacity { get; set; }

    /// <summary>Places held by confirmed participants and open offers (never more than <see cref="Capacity"/>).</summary>
    public int Taken { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public int Free => Math.Max(0, Capacity - Taken);
}

internal sealed class EventTicketTypeConfiguration : IEntityTypeConfiguration<EventTicketType>
{
    public void Configure(EntityTypeBuilder<EventTicketType> builder)
    {
        builder.HasIndex(t => new { t.EventId, t.Kind }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_EventTicketTypes_Taken", "\"Taken\" >= 0 AND \"Taken\" <= \"Capacity\""));
    }
}
