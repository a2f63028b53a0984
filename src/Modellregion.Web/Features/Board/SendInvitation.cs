using System.Text;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// Sends the invitation to a meeting by e-mail to every member seated on the meeting day who has an address for
/// invitations, with the agenda (all items: the mail goes to members only) and the meeting as an .ics attachment.
/// The invitation and its recipients are recorded; a planned meeting becomes "eingeladen".
/// </summary>
public sealed class SendInvitation(AppDbContext db, MeetingOffice office, CurrentUser currentUser, IEmailSender email, BoardCalendar calendar)
{
    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, string site, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => SendAsync(meeting, site, cancellationToken), cancellationToken);

    private async Task<Outcome> SendAsync(Meeting meeting, string site, CancellationToken cancellationToken)
    {
        if (meeting.State is MeetingState.Cancelled or MeetingState.Held)
        {
            return Outcome.Invalid.Of("", BoardTexts.Of("SendInvitation.NoMoreInvitationsAreSentFor"));
        }

        var members = (await db.BoardMemberships.Include(m => m.Person).Include(m => m.Organisation)
                .Where(m => m.BoardId == meeting.BoardId && m.DeletedAt == null && m.InvitationEmail != null)
                .OrderBy(m => m.Role).ThenBy(m => m.Id)
                .ToListAsync(cancellationToken))
            .Where(m => m.IsActiveOn(meeting.Day))
            .ToList();
        if (members.Count == 0)
        {
            return Outcome.Invalid.Of("", BoardTexts.Of("SendInvitation.NoneOfTheMembersHasAn"));
        }

        var items = await db.AgendaItems.AsNoTracking().Include(i => i.Paper)
            .Where(i => i.MeetingId == meeting.Id && i.DeletedAt == null)
            .OrderBy(i => i.Order).ToListAsync(cancellationToken);
        var ics = Encoding.UTF8.GetBytes(calendar.Serialize([meeting], site, meeting.Board!.Name));
        var subject = $"Einladung: {meeting.Name} am {Formatting.Date(meeting.Day)}";
        var text = Body(meeting, items, site);

        var invitation = new MeetingInvitation { MeetingId = meeting.Id, SentAt = db.UtcNow, SentBy = currentUser.Principal?.Identity?.Name };
        foreach (var member in members)
        {
            await email.SendAsync(new EmailMessage(member.InvitationEmail!, member.Person?.Name ?? member.Organisation?.Name, subject, text)
            {
                Attachments = [new EmailAttachment($"sitzung-{meeting.Id}.ics", "text/calendar; method=PUBLISH; charset=utf-8", ics)],
            }, cancellationToken);
            invitation.Recipients.Add(new InvitationRecipient { MembershipId = member.Id, Email = member.InvitationEmail! });
        }

        db.MeetingInvitations.Add(invitation);
        if (meeting.State == MeetingState.Planned)
        {
            meeting.State = MeetingState.Invited;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(invitation.Id);
    }

    private static string Body(Meeting meeting, List<AgendaItem> items, string site)
    {
        var start = Formatting.ToBerlin(meeting.StartsAt);
        var text = new StringBuilder()
            .AppendLine("Sehr geehrte Damen und Herren,")
            .AppendLine()
            .AppendLine($"hiermit laden wir Sie zur Sitzung „{meeting.Name}“ ein.")
            .AppendLine()
            .AppendLine($"Termin: {Formatting.Date(meeting.Day)}, {start:HH:mm} Uhr")
            .AppendLine($"Ort: {meeting.LocationText ?? "wird noch mitgeteilt"}")
            .AppendLine()
            .AppendLine("Tagesordnung:");
        foreach (var item in items)
        {
            text.Append($"TOP {item.Number}: {item.Title}");
            if (!item.IsPublic)
            {
                text.Append(" (nicht öffentlich)");
            }

            if (item.Paper is { } paper)
            {
                text.Append($" – Vorlage {paper.Reference}");
            }

            text.AppendLine();
        }

        return text
            .AppendLine()
            .AppendLine($"Die Unterlagen, auch die nicht öffentlichen, finden Sie im Mitgliederbereich: {site}/digitalboard/mitglieder/sitzungen/{meeting.Id}")
            .AppendLine($"Druckfassung der Tagesordnung: {site}/digitalboard/mitglieder/sitzungen/{meeting.Id}?druck=1")
            .AppendLine()
            .AppendLine("Der Termin liegt als Kalenderdatei (.ics) bei.")
            .AppendLine()
            .AppendLine("Mit freundlichen Grüßen")
            .AppendLine("Ihr Projektbüro")
            .ToString();
    }
}
