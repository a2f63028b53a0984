using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Events;

namespace Modellregion.Web.Data;

/// <summary>The Events feature's tables: the sets its queries start from (<c>db.Events</c> …) and their table names.</summary>
public static class EventsData
{
    extension(AppDbContext db)
    {
        public DbSet<Event> Events => db.Set<Event>();
        public DbSet<EventTicketType> EventTicketTypes => db.Set<EventTicketType>();
        public DbSet<Registration> EventRegistrations => db.Set<Registration>();
        public DbSet<EventSession> EventSessions => db.Set<EventSession>();
        public DbSet<EventSessionSolution> EventSessionSolutions => db.Set<EventSessionSolution>();
        public DbSet<EventMessage> EventMessages => db.Set<EventMessage>();
    }
}

/// <summary>Maps the Events feature's entities to their tables.</summary>
internal sealed class EventsTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Event>().ToTable("Events");
        builder.Entity<EventTicketType>().ToTable("EventTicketTypes");
        builder.Entity<Registration>().ToTable("EventRegistrations");
        builder.Entity<EventSession>().ToTable("EventSessions");
        builder.Entity<EventSessionSolution>().ToTable("EventSessionSolutions");
        builder.Entity<EventMessage>().ToTable("EventMessages");
    }
}
