using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>Who a message of the office goes to.</summary>
public enum MessageAudience
{
    /// <summary>Everyone with a confirmed place.</summary>
    Confirmed = 0,

    /// <summary>Everyone on the waitlist, including those with an open offer.</summary>
    Waiting = 1,
}

/// <summary>
/// A message the office sent to the participants of an event: to whom, the subject and how many it reached. Kept
/// (and audited) so the office sees what went out; the text and the addresses are not kept.
/// </summary>
public class EventMessage : IAudited, ITimestamped
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public MessageAudience Audience { get; set; }
    public required string Subject { get; set; }
    public int Recipients { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class EventMessageConfiguration : IEntityTypeConfiguration<EventMessage>
{
    public void Configure(EntityTypeBuilder<EventMessage> builder)
    {
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EventId, m.CreatedAt });
    }
}

/// <summary>A message to all confirmed or all waiting people of an event.</summary>
public sealed class MessageInput
{
    [Display(Name = "Messages.Audience")]
    public MessageAudience Audience { get; set; }

    [Required(ErrorMessage = "Messages.SubjectRequired")]
    [StringLength(200, ErrorMessage = "Messages.SubjectTooLong")]
    [PlainText]
    [Display(Name = "Messages.Subject")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Messages.TextRequired")]
    [StringLength(5000, ErrorMessage = "Messages.TextTooLong")]
    [Display(Name = "Messages.Text")]
    public string? Text { get; set; }
}

/// <summary>The message page: how many each audience has, and the messages sent so far.</summary>
public sealed record MessagesView(DeskEvent Event, int Confirmed, int Waiting, IReadOnlyList<EventMessage> Sent);

/// <summary>
/// Messages from the office to the people of an event (<see cref="EventsOperations.Manage"/>): each person gets
/// their own e-mail (no one sees the other addresses); the count, audience and subject are kept and audited.
/// </summary>
public sealed class EventMessages(AppDbContext db, RegistrationDesk desk, IEmailSender mail, ILogger<EventMessages> logger)
{
    public async Task<Result<MessagesView>> OpenAsync(int eventId, CancellationToken cancellationToken = default)
    {
        if (!(await desk.GateAsync(eventId, cancellationToken)).TryGet(out var item, out var refusal))
        {
            return refusal;
        }

        return await ViewAsync(item, cancellationToken);
    }

    public async Task<FormOutcome<MessagesView>> SendAsync(int eventId, MessageInput input, bool fieldsValid, CancellationToken cancellationToken = default)
    {
        if (!(await desk.GateAsync(eventId, cancellationToken)).TryGet(out var item, out var refusal))
        {
            return refusal;
        }

        if (!fieldsValid || !Enum.IsDefined(input.Audience))
        {
            return new(Outcome.Invalid.BoundInput(), await ViewAsync(item, cancellationToken));
        }

        var people = await Audience(eventId, input.Audience).Where(r => r.Email != null)
            .Select(r => new { r.Email, r.Name }).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return new(Outcome.Invalid.Of(nameof(input.Audience), EventsTexts.Of("Messages.NobodyThere")), await ViewAsync(item, cancellationToken));
        }

        var subject = $"{input.Subject!.Trim()} – {item.Title}";
        foreach (var person in people)
        {
            await EventMails.SendAsync(mail, logger, new EmailMessage(person.Email!, person.Name, subject, input.Text!.Trim()), cancellationToken);
        }

        var sent = new EventMessage { EventId = eventId, Audience = input.Audience, Subject = input.Subject.Trim(), Recipients = people.Count };
        db.Add(sent);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(people.Count);
    }

    private IQueryable<Registration> Audience(int eventId, MessageAudience audience) =>
        db.EventRegistrations.AsNoTracking().Where(r => r.EventId == eventId && (audience == MessageAudience.Confirmed
            ? r.Status == RegistrationStatus.Confirmed
            : r.Status == RegistrationStatus.Waiting || r.Status == RegistrationStatus.Offered));

    private async Task<MessagesView> ViewAsync(DeskEvent item, CancellationToken cancellationToken) => new(item,
        await Audience(item.Id, MessageAudience.Confirmed).CountAsync(cancellationToken),
        await Audience(item.Id, MessageAudience.Waiting).CountAsync(cancellationToken),
        await db.Set<EventMessage>().AsNoTracking().Where(m => m.EventId == item.Id).OrderByDescending(m => m.CreatedAt).Take(100).ToListAsync(cancellationToken));
}
