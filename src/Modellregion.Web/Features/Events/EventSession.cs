using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>A session of an event's programme: time, room, title, speakers and the projects and solutions presented in it.</summary>
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

    /// <summary>
    /// The solutions of the transfer catalogue presented in this session, by id: the catalogue is another feature
    /// (<see cref="Shared.ISolutionReferences"/>), so the programme works without it; its pages list the event.
    /// </summary>
    public List<EventSessionSolution> Solutions { get; set; } = [];

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
        builder.HasMany(s => s.Solutions).WithOne().HasForeignKey(l => l.EventSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A solution presented in a session: a plain id the transfer catalogue answers for (no foreign key across features).</summary>
public class EventSessionSolution
{
    public int EventSessionId { get; set; }

    public int SolutionId { get; set; }
}

internal sealed class EventSessionSolutionConfiguration : IEntityTypeConfiguration<EventSessionSolution>
{
    public void Configure(EntityTypeBuilder<EventSessionSolution> builder)
    {
        builder.HasKey(l => new { l.EventSessionId, l.SolutionId });
        builder.HasIndex(l => l.SolutionId);
    }
}
