using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>Where an event takes place: on site, online, or both.</summary>
public enum EventFormat
{
    OnSite = 0,
    Online = 1,
    Hybrid = 2,
}

/// <summary>
/// An event of the programme or of one region (the Digitalkongress, a workshop, a board's open evening): when and
/// where, its sessions, and the places that can be booked per registration type (<see cref="EventTicketType"/>).
/// </summary>
public class Event : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>One or two sentences for lists and the page's lead.</summary>
    public string? Summary { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public EventFormat Format { get; set; }

    /// <summary>Start and end in UTC; shown in Europe/Berlin.</summary>
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }

    /// <summary>False where only the day is known (an event known from published sources): then only the date is shown.</summary>
    public bool TimesKnown { get; set; } = true;

    /// <summary>Who holds the event, as published ("Digitale Modellregion OWL, Heinz Nixdorf Stiftung …").</summary>
    public string? Organisers { get; set; }

    /// <summary>Published figures of a past event (about 200 on site, 2,000 online, 59 projects presented); null where unknown.</summary>
    public int? ReportedOnSite { get; set; }
    public int? ReportedOnline { get; set; }
    public int? ReportedProjectsPresented { get; set; }

    /// <summary>The region that holds the event; null for an event of the whole programme.</summary>
    public int? RegionId { get; set; }
    public Region? Region { get; set; }

    public string? VenueName { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }

    /// <summary>The stream's address: shown only to confirmed participants of an online place.</summary>
    public string? StreamUrl { get; set; }

    /// <summary>Registration closes at this moment (UTC); without it, when the event starts.</summary>
    public DateTime? RegistrationClosesAt { get; set; }

    /// <summary>Whether people register here at all (a past event known from sources takes no registrations).</summary>
    public bool TakesRegistrations { get; set; } = true;

    /// <summary>How long a freed place is held for the first person waiting before it passes on.</summary>
    public int OfferHours { get; set; } = 48;

    public bool IsPublished { get; set; } = true;

    /// <summary>Cancelled events stay visible, marked as cancelled, and take no registrations.</summary>
    public DateTime? CancelledAt { get; set; }

    /// <summary>A fictional event of the training region.</summary>
    public bool IsExample { get; set; }

    public List<EventTicketType> TicketTypes { get; set; } = [];
    public List<EventSession> Sessions { get; set; } = [];
    public List<SourceReference> Sources { get; set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The moment registration closes.</summary>
    public DateTime RegistrationDeadline => RegistrationClosesAt ?? StartsAt;

    /// <summary>Why a registration is not taken at <paramref name="utcNow"/>, or null when it is.</summary>
    public string? RegistrationRefusal(DateTime utcNow) =>
        !IsPublished ? "Register.EventNotFound"
        : CancelledAt is not null ? "Register.EventCancelled"
        : EndsAt <= utcNow ? "Register.EventPast"
        : !TakesRegistrations ? "Register.NoRegistration"
        : RegistrationDeadline <= utcNow ? "Register.DeadlinePassed"
        : null;

    /// <summary>
    /// How long an offer holds a freed place: <see cref="OfferHours"/>, shortened near the event so that the place
    /// can still pass on (at most half of the time left before registration closes, at least one hour).
    /// </summary>
    public TimeSpan OfferTime(DateTime utcNow)
    {
        var configured = TimeSpan.FromHours(Math.Max(1, OfferHours));
        var left = RegistrationDeadline - utcNow;
        var half = TimeSpan.FromTicks(Math.Max(TimeSpan.FromHours(1).Ticks, left.Ticks / 2));
        return configured < half ? configured : half;
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.Description).HasMaxLength(20000);
        builder.Property(e => e.VenueName).HasMaxLength(200);
        builder.Property(e => e.Street).HasMaxLength(200);
        builder.Property(e => e.PostalCode).HasMaxLength(10);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.StreamUrl).HasMaxLength(500);
        builder.Property(e => e.Organisers).HasMaxLength(1000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Region).WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.TicketTypes).WithOne(t => t.Event).HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Sessions).WithOne(s => s.Event).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.IsPublished, e.StartsAt });
        builder.OwnsSources(e => e.Sources, "EventSources");
    }
}
