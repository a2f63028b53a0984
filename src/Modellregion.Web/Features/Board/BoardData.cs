using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Board;

namespace Modellregion.Web.Data;

/// <summary>
/// The Board feature's tables: the sets its queries start from (<c>db.Boards</c> …) and their table names.
/// They are declared in the feature's folder, not in <see cref="AppDbContext"/>, so they go with the feature;
/// their namespace is the data layer's, so every query finds them as before.
/// </summary>
public static class BoardData
{
    extension(AppDbContext db)
    {
        public DbSet<Board> Boards => db.Set<Board>();
        public DbSet<BoardPerson> BoardPeople => db.Set<BoardPerson>();
        public DbSet<BoardMembership> BoardMemberships => db.Set<BoardMembership>();
        public DbSet<Meeting> Meetings => db.Set<Meeting>();
        public DbSet<AgendaItem> AgendaItems => db.Set<AgendaItem>();
        public DbSet<Resolution> Resolutions => db.Set<Resolution>();
        public DbSet<ResolutionAttendance> ResolutionAttendance => db.Set<ResolutionAttendance>();
        public DbSet<MeetingInvitation> MeetingInvitations => db.Set<MeetingInvitation>();
        public DbSet<InvitationRecipient> InvitationRecipients => db.Set<InvitationRecipient>();
        public DbSet<Paper> Papers => db.Set<Paper>();
        public DbSet<PaperFile> PaperFiles => db.Set<PaperFile>();
    }
}

/// <summary>Maps the Board feature's entities to their tables.</summary>
internal sealed class BoardTables : FeatureTables
{
    public override void Map(ModelBuilder builder)
    {
        builder.Entity<Board>().ToTable("Boards");
        builder.Entity<BoardPerson>().ToTable("BoardPeople");
        builder.Entity<BoardMembership>().ToTable("BoardMemberships");
        builder.Entity<Meeting>().ToTable("Meetings");
        builder.Entity<AgendaItem>().ToTable("AgendaItems");
        builder.Entity<Resolution>().ToTable("Resolutions");
        builder.Entity<ResolutionAttendance>().ToTable("ResolutionAttendance");
        builder.Entity<MeetingInvitation>().ToTable("MeetingInvitations");
        builder.Entity<InvitationRecipient>().ToTable("InvitationRecipients");
        builder.Entity<Paper>().ToTable("Papers");
        builder.Entity<PaperFile>().ToTable("PaperFiles");
    }
}
