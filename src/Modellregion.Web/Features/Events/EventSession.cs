using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>A session of an event's programme: time, room, title, speakers and the projects presented in it.</summary>
public class EventSession : IAudited, ITimestamped
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }

    /// <summary>Position in the programme where times are not known.</summary>
    public int Order { get; set; }

    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? Room { get; set; }
    public required string Title { get; set; }

    /// <summary>The speakers as published, one per line ("Name, Funktion").</summary>
    public string? Speakers { get; set; }

    /// <summary>The funded projects presented in this session; their pages list the event.</summary>
    public List<Project> Projects { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> builder)
    {
        builder.Property(s => s.Room).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Speakers).HasMaxLength(2000);
        builder.HasIndex(s => new { s.EventId, s.Order });
        builder.HasMany(s => s.Projects).WithMany().UsingEntity("EventSessionProjects");
    }
}
